// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chartText } from '../../../../shared/charts';
import type { Waterfall } from '../../../../shared/compare';
import { initI18n } from '../../i18n';
import { WaterfallTable } from './WaterfallTable';

initI18n('en');

/** Contributions whose one-decimal roundings (in percentage points) would not add up naively. */
function waterfall(): Waterfall {
  const values = [0.00149, 0.00149, 0.00149, 0, -0.00051, 0.02, 0.00001];
  const groups = [
    'basicResearch',
    'rdTaxCut',
    'universityLinks',
    'clusters',
    'procurement',
    'openness',
    'restriction',
  ] as const;
  let running = 0.3;
  const bars = values.map((value, i) => {
    const start = running;
    running += value;
    return { group: groups[i]!, value, start, end: running };
  });
  return {
    output: { kind: 'aggregateS' },
    year: 2040,
    reference: { id: 'a', label: 'Baseline', value: 0.3 },
    other: { id: 'b', label: 'Push', value: running },
    difference: running - 0.3,
    bars,
  };
}

describe('waterfall table', () => {
  it('lists every lever group, the two ends and the total, rounded so that the bars add up as printed', () => {
    render(
      <WaterfallTable
        waterfall={waterfall()}
        text={chartText('en')}
        caption="Why Push differs from Baseline"
      />,
    );
    const table = screen.getByRole('table', { name: 'Why Push differs from Baseline' });
    const rows = within(table).getAllByTestId('waterfall-bar');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Basic research+0.2 pp',
      'R&D tax cut+0.2 pp',
      'University links+0.1 pp',
      'Clusters0.0 pp',
      'Domestic procurement−0.1 pp',
      'Openness+2.0 pp',
      'Restriction level0.0 pp',
    ]);
    expect(within(table).getByTestId('waterfall-reference')).toHaveTextContent('30.0%');
    expect(within(table).getByTestId('waterfall-other')).toHaveTextContent('32.4%');
    expect(within(table).getByTestId('waterfall-difference')).toHaveTextContent('+2.4 pp');
    const shown = rows.map((row) => Number(row.querySelector('td')!.dataset.value));
    const total = Number(within(table).getByTestId('waterfall-difference').dataset.value);
    expect(Math.round(shown.reduce((sum, value) => sum + value, 0) * 1000)).toBe(Math.round(total * 1000));
  });
});
