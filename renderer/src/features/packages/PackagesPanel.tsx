import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setInputSchedule, setRestrictionPackages } from '../../../../shared/domain/scenario-edits';
import { applyInDateOrder, movePackage } from '../../../../shared/packages/apply-order';
import { BUILT_IN_PACKAGES } from '../../../../shared/packages/built-in-packages';
import { scenarioRestrictions } from '../../../../shared/packages/package-from-scenario';
import type { RestrictionPackage } from '../../../../shared/packages/restriction-package';
import type { ResolvedStep } from '../../../../shared/packages/combine-restrictions';
import { sectorRestrictionSteps } from '../../../../shared/packages/resolve-packages';
import { textLanguage } from '../../i18n';
import { useFormatters } from '../../i18n/format';
import { packageDate, packageName } from '../../i18n/package-display';
import { libraryPackageLookup } from '../../sim/runnable-scenario';
import { useApp } from '../../store';
import { useCatalogue } from '../../store/use-catalogue';
import { formatInputValue } from '../../components/input-format';
import { PackageDialog } from './PackageDialog';
import './packages.css';

/**
 * The editor's restriction packages: which the scenario applies, bottom to top (add in date order,
 * move, remove), the restriction each sector ends up with, each step named by the package (or the
 * catalogue, or the scenario's own values) it comes from, and "Save these restrictions as a package".
 */
export function PackagesPanel() {
  const { t, i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  const format = useFormatters();
  const catalogue = useCatalogue();
  const scenario = useApp((state) => state.scenario);
  const libraryPackages = useApp((state) => state.libraryPackages);
  const editScenario = useApp((state) => state.editScenario);
  const notify = useApp((state) => state.notify);
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const [saving, setSaving] = useState<RestrictionPackage | null>(null);
  const lookup = libraryPackageLookup(libraryPackages);
  const applied = useMemo(() => scenario?.restrictionPackages ?? [], [scenario]);
  const found = applied.flatMap((id) => {
    const entry = lookup(id);
    return entry ? [entry] : [];
  });
  if (!scenario) return null;

  const edit = (ids: readonly string[]) => editScenario((current) => setRestrictionPackages(current, ids));
  const name = (entry: { id: string; name: string }) => packageName(entry, lang);
  const libraryEntry = (id: string) => libraryPackages.find((entry) => entry.package.id === id);
  const options = {
    history: BUILT_IN_PACKAGES.filter((entry) => !entry.hypothetical),
    hypothetical: BUILT_IN_PACKAGES.filter((entry) => entry.hypothetical),
    library: libraryPackages.filter((entry) => entry.deletedAt === null).map((entry) => entry.package),
  };
  const option = (entry: RestrictionPackage) => (
    <option key={entry.id} value={entry.id} disabled={applied.includes(entry.id)}>
      {`${name(entry)} — ${packageDate(entry, i18n.language)}`}
    </option>
  );
  const sourceOf = (step: ResolvedStep) =>
    step.source.kind === 'default'
      ? t('packages.editor.sourceDefault')
      : step.source.kind === 'own'
        ? t('packages.editor.sourceOwn')
        : name(lookup(step.source.id) ?? { id: step.source.id, name: step.source.id });
  const touched = catalogue.sectors.filter((sector) => found.some((entry) => sector.id in entry.sectors));

  const saveAsPackage = () => {
    const restrictions = scenarioRestrictions(scenario, catalogue, lookup);
    if (restrictions.year === undefined) {
      notify({ tone: 'info', kind: 'text', key: 'packages.editor.nothingToSave' });
      return;
    }
    setSaving({
      id: crypto.randomUUID(),
      name: t('packages.editor.savedDefaultName', { name: scenario.name }),
      year: restrictions.year,
      source: t('packages.editor.savedDefaultSource', {
        name: scenario.name,
        date: format.date(new Date().toISOString()),
      }),
      sectors: restrictions.sectors,
    });
  };

  return (
    <section className="packages-panel" aria-labelledby="packages-title">
      <h2 id="packages-title" className="section-title">
        {t('packages.editor.heading')}
      </h2>
      <p className="hint">{t('packages.editor.intro')}</p>
      {applied.length === 0 ? (
        <p className="cell-muted">{t('packages.editor.none')}</p>
      ) : (
        <>
          <p className="cell-muted">{t('packages.editor.order')}</p>
          <ol className="package-applied" aria-label={t('packages.editor.heading')}>
            {applied.map((id, index) => {
              const entry = lookup(id);
              const label = entry ? name(entry) : id;
              const builtIn = BUILT_IN_PACKAGES.find((candidate) => candidate.id === id);
              return (
                <li key={id} data-testid="applied-package">
                  <span className="package-name">
                    {entry ? label : t('packages.editor.unknown', { id })}
                    {entry ? (
                      <span className="cell-muted"> · {packageDate(entry, i18n.language)}</span>
                    ) : null}
                    {builtIn?.hypothetical ? (
                      <span className="badge badge-accent">{t('packages.badge.hypothetical')}</span>
                    ) : null}
                    {libraryEntry(id)?.deletedAt ? (
                      <span className="badge">{t('packages.badge.inTrash')}</span>
                    ) : null}
                  </span>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={index === 0}
                    aria-label={t('packages.editor.moveUp', { name: label })}
                    onClick={() => edit(movePackage(applied, index, -1))}
                  >
                    {t('packages.editor.up')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={index === applied.length - 1}
                    aria-label={t('packages.editor.moveDown', { name: label })}
                    onClick={() => edit(movePackage(applied, index, 1))}
                  >
                    {t('packages.editor.down')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    aria-label={t('packages.editor.remove', { name: label })}
                    onClick={() => edit(applied.filter((other) => other !== id))}
                  >
                    {t('packages.editor.removeShort')}
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <div className="package-add">
        <div className="field">
          <label htmlFor={selectId} className="field-label">
            {t('packages.editor.add')}
          </label>
          <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">{t('packages.editor.choose')}</option>
            <optgroup label={t('packages.editor.groupHistory')}>{options.history.map(option)}</optgroup>
            <optgroup label={t('packages.editor.groupHypothetical')}>
              {options.hypothetical.map(option)}
            </optgroup>
            {options.library.length > 0 ? (
              <optgroup label={t('packages.editor.groupLibrary')}>{options.library.map(option)}</optgroup>
            ) : null}
          </select>
        </div>
        <button
          type="button"
          className="button"
          disabled={choice === '' || applied.includes(choice)}
          onClick={() => {
            edit(applyInDateOrder(applied, choice, lookup));
            setChoice('');
          }}
        >
          {t('packages.editor.addButton')}
        </button>
        <button type="button" className="button" onClick={saveAsPackage}>
          {t('packages.editor.save')}
        </button>
      </div>
      {touched.length > 0 ? (
        <>
          <h3 className="section-title">{t('packages.editor.resultHeading')}</h3>
          <p className="hint">{t('packages.editor.resultIntro')}</p>
          <table className="package-result" data-testid="package-result">
            <thead>
              <tr>
                <th scope="col">{t('packages.editor.sector')}</th>
                <th scope="col">{t('packages.editor.steps')}</th>
              </tr>
            </thead>
            <tbody>
              {touched.map((sector) => {
                const steps = sectorRestrictionSteps(scenario, catalogue, found, sector.id);
                const own = scenario.sectors[sector.id]?.restriction !== undefined;
                const sectorLabel = format.text(sector.name);
                return (
                  <tr key={sector.id}>
                    <th scope="row">{sectorLabel}</th>
                    <td>
                      {steps.map((step) => (
                        <span key={step.year} className="step">
                          {t('packages.editor.step', {
                            year: step.year,
                            value: formatInputValue('restriction', step.value, format),
                          })}{' '}
                          <span className="package-source">
                            {t('packages.editor.source', { source: sourceOf(step) })}
                          </span>
                        </span>
                      ))}
                      {own ? (
                        <span className="step">
                          <span className="cell-muted">{t('packages.editor.ownCovers')}</span>{' '}
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t('packages.editor.usePackagesNamed', { sector: sectorLabel })}
                            onClick={() =>
                              editScenario((current) =>
                                setInputSchedule(current, sector.id, 'restriction', undefined),
                              )
                            }
                          >
                            {t('packages.editor.usePackages')}
                          </button>
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
      {saving ? (
        <PackageDialog
          title={t('packages.dialog.saveTitle')}
          intro={t('packages.dialog.saveIntro')}
          initial={saving}
          onClose={() => setSaving(null)}
          onSaved={(entry) => {
            setSaving(null);
            notify({
              tone: 'success',
              kind: 'text',
              key: 'packages.editor.saved',
              params: { name: entry.name },
            });
          }}
        />
      ) : null}
    </section>
  );
}
