import { useTranslation } from 'react-i18next';
import type { ChartText } from '../../../../shared/charts';
import { outputFormats } from '../../../../shared/charts';
import type { Waterfall } from '../../../../shared/compare';
import { displayedWaterfall } from '../../../../shared/compare';

/**
 * The waterfall's numbers as a table: the reference's value, every lever group's contribution (those
 * that contribute nothing too), the other scenario's value, and the total difference. Rounded so that
 * they add up exactly as printed.
 */
export function WaterfallTable({
  waterfall,
  text,
  caption,
}: {
  readonly waterfall: Waterfall;
  readonly text: ChartText;
  readonly caption: string;
}) {
  const { t } = useTranslation();
  const formats = outputFormats(waterfall.output, text);
  const shown = displayedWaterfall(waterfall, formats.decimals);
  return (
    <table className="data-table compare-waterfall-table" data-testid="waterfall-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.why.group')}</th>
          <th scope="col" className="cell-number">
            {t('compare.why.contribution')}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr className="compare-waterfall-end">
          <th scope="row">{t('compare.why.valueOf', { name: waterfall.reference.label })}</th>
          <td className="cell-number" data-testid="waterfall-reference">
            {formats.value(shown.reference)}
          </td>
        </tr>
        {waterfall.bars.map((bar, i) => (
          <tr key={bar.group} data-testid="waterfall-bar">
            <th scope="row">{text.t(`group.${bar.group}`)}</th>
            <td className="cell-number" data-value={shown.bars[i]}>
              {formats.difference(shown.bars[i]!)}
            </td>
          </tr>
        ))}
        <tr className="compare-waterfall-end">
          <th scope="row">{t('compare.why.valueOf', { name: waterfall.other.label })}</th>
          <td className="cell-number" data-testid="waterfall-other">
            {formats.value(shown.other)}
          </td>
        </tr>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('compare.why.total')}</th>
          <td className="cell-number" data-testid="waterfall-difference" data-value={shown.difference}>
            {formats.difference(shown.difference)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
