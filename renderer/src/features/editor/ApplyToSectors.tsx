import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioSchedule } from '../../../../shared/domain/scenario';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import type { CellRef } from '../../store';
import { setInputScheduleIn } from '../../../../shared/domain/scenario-edits';
import { useCatalogue } from '../../store/use-catalogue';

/** Copies the selected cell's schedule to other sectors: one edit, one undo step. */
export function ApplyToSectors({ cell, onDone }: { readonly cell: CellRef; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const catalogue = useCatalogue();
  const editScenario = useApp((state) => state.editScenario);
  const notify = useApp((state) => state.notify);
  const others = catalogue.sectors.filter((sector) => sector.id !== cell.sector);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const inputName = t(`inputs.${cell.input}.name`);
  const apply = () => {
    editScenario((scenario) =>
      setInputScheduleIn(scenario, chosen, cell.input, scenarioSchedule(scenario, cell.sector, cell.input)),
    );
    notify({
      tone: 'success',
      kind: 'text',
      key: 'apply.done',
      params: { input: inputName, count: chosen.length },
    });
    onDone();
  };
  return (
    <fieldset className="apply-sectors">
      <legend>{t('apply.legend', { input: inputName })}</legend>
      <div className="apply-options">
        {others.map((sector) => (
          <label key={sector.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(sector.id)}
              onChange={() =>
                setChosen(
                  chosen.includes(sector.id)
                    ? chosen.filter((id) => id !== sector.id)
                    : [...chosen, sector.id],
                )
              }
            />
            {format.text(sector.name)}
          </label>
        ))}
      </div>
      <div className="apply-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => setChosen(chosen.length === others.length ? [] : others.map((sector) => sector.id))}
        >
          {chosen.length === others.length ? t('apply.none') : t('apply.all')}
        </button>
        <button
          type="button"
          className="button button-small button-primary"
          onClick={apply}
          disabled={chosen.length === 0}
        >
          {t('apply.apply', { count: chosen.length })}
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
