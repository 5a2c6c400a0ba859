// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCatalogue } from '../../../shared/catalogue';
import { chartText } from '../../../shared/charts';
import type { TargetsTable as Targets } from '../../../shared/compare';
import type { TestApp } from '../test-utils';
import { setupTestApp } from '../test-utils';
import { TargetsTable } from './TargetsTable';

let app: TestApp;
beforeEach(async () => {
  app = await setupTestApp();
});
afterEach(async () => {
  await app.stop();
});

// One sector, one target, two scenarios: one never reaches it in any draw, one in a fifth of them.
const table: Targets = {
  targets: [0.5],
  horizonYear: 2040,
  scenarios: [
    { id: 'a', name: 'A', label: 'A', reference: true, colorIndex: 0 },
    { id: 'b', name: 'B', label: 'B', reference: false, colorIndex: 1 },
  ],
  rows: [{ sector: 'IC', cells: [[{ year: null, probability: 0 }], [{ year: null, probability: 0.2 }]] }],
};
const text = chartText('en', { catalogue: getCatalogue('default-2025')! });

describe('the targets table', () => {
  for (const density of ['page', 'slide'] as const) {
    it(`${density}: prints a share of draws only where a draw reaches the target, as the deck and the report`, () => {
      app.renderInApp(<TargetsTable table={table} text={text} density={density} />);
      const cells = screen.getAllByRole('cell').map((cell) => cell.textContent ?? '');
      const [never, sometimes] = cells.slice(-2);
      expect(never).not.toMatch(/0\s?%/);
      expect(sometimes).toMatch(/20\s?%/);
    });
  }
});
