import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BASELINE_SLOT, ownSlot, slotOfIdentity } from '../../../../shared/charts';
import { IDENTITY_NAMES } from '../../../../shared/domain/scenario-display';
import { IdentitySwatch } from '../../components/IdentitySwatch';
import { useApp } from '../../store';

/**
 * The scenario's colour and line, one of the named identities: a radio group of swatches (arrow keys
 * move between them). The choice is saved with the scenario and carried in its file; the Baseline
 * example keeps its neutral grey, so it shows its grey and says so instead.
 */
export function IdentityPicker() {
  const { t } = useTranslation();
  const id = useId();
  const scenario = useApp((state) => state.scenario);
  const editScenario = useApp((state) => state.editScenario);
  if (!scenario) return null;
  const slot = ownSlot(scenario);
  if (slot === BASELINE_SLOT) {
    return (
      <div className="field editor-identity">
        <span className="field-label">{t('identity.label')}</span>
        <p className="identity-fixed">
          <IdentitySwatch slot={BASELINE_SLOT} size="large" />
          {t('identity.baseline')}
        </p>
      </div>
    );
  }
  return (
    <fieldset className="field editor-identity" aria-describedby={`${id}-hint`}>
      <legend className="field-label">{t('identity.label')}</legend>
      <div className="identity-choices">
        {IDENTITY_NAMES.map((name) => {
          const label = t(`identity.choices.${name}`);
          return (
            <label key={name} className="identity-choice" title={label}>
              <input
                type="radio"
                name={`${id}-identity`}
                value={name}
                checked={slot === slotOfIdentity(name)}
                onChange={() => editScenario((current) => ({ ...current, display: { identity: name } }))}
              />
              <IdentitySwatch slot={slotOfIdentity(name)} size="large" />
              <span className="visually-hidden">{label}</span>
            </label>
          );
        })}
      </div>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('identity.hint')}
      </span>
    </fieldset>
  );
}
