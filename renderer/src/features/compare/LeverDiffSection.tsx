import { IdentitySwatch } from '../../components/IdentitySwatch';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssumptionChange } from '../../../../shared/history/describe-changes';
import { describeChangeParts } from '../../../../shared/history/describe-changes';
import { useChangeLanguage } from '../exchange/use-change-language';
import type { ReadyComparison } from './comparison-state';

/** A change made in several sectors as one change per sector: the "one row per sector" reading. */
function perSector(changes: readonly AssumptionChange[]): AssumptionChange[] {
  return changes.flatMap((change) =>
    change.kind === 'schedule' && change.sectors.length > 1
      ? change.sectors.map((sector) => ({ ...change, sectors: [sector], allSectors: false }))
      : [change],
  );
}

/**
 * Every input that differs from the reference, one row per lever and change: schedules summarised by
 * shape (constant, step at a year, ramp from–to), values with units, a change made in several sectors
 * listed once with the sectors in the locale's list format (optionally one row per sector), then
 * data and parameter overrides. The same summaries as the history and `chokepoint diff`.
 */
export function LeverDiffSection({ ready }: { readonly ready: ReadyComparison }) {
  const { t } = useTranslation();
  const groupId = useId();
  const [grouped, setGrouped] = useState(true);
  const { diffs } = ready.model;
  const reference = ready.model.scenarios.find((scenario) => scenario.reference)!;
  const language = useChangeLanguage(ready.catalogue.id);
  return (
    <div className="compare-diff">
      <div className="section-header">
        <h3 id={groupId} className="section-title">
          {t('compare.diff.heading')}
        </h3>
        <label className="checkbox">
          <input type="checkbox" checked={grouped} onChange={(event) => setGrouped(event.target.checked)} />
          <span>{t('compare.diff.group')}</span>
        </label>
      </div>
      {diffs.map((diff) => {
        const rows = grouped ? diff.changes : perSector(diff.changes);
        const caption = t('compare.diff.caption', { name: diff.label, reference: reference.label });
        if (rows.length === 0)
          return (
            <p key={diff.id} className="hint">
              {t('compare.diff.none', { name: diff.label, reference: reference.label })}
            </p>
          );
        return (
          <ScrollRegion key={diff.id} label={caption} className="compare-diff-table">
            <table className="data-table" data-testid="lever-diff">
              <caption>
                <IdentitySwatch slot={diff.colorIndex} />
                {caption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.diff.what')}</th>
                  <th scope="col">{t('compare.diff.sectors')}</th>
                  <th scope="col">{t('compare.diff.change', { reference: reference.label })}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => {
                  const parts = describeChangeParts(row, language);
                  const subject =
                    row.kind === 'schedule'
                      ? parts.subject
                      : t(row.kind === 'data' ? 'compare.diff.data' : 'compare.diff.parameter', {
                          key: parts.subject,
                        });
                  return (
                    <tr key={i}>
                      <th scope="row">{subject}</th>
                      <td>{parts.place === '' ? t('compare.diff.global') : parts.place}</td>
                      <td>{parts.change}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        );
      })}
    </div>
  );
}
