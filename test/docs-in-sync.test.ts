import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderModelDocs } from '../scripts/render-model-docs';

describe('docs/model.md', () => {
  it('shows the catalogue as it is (run `npm run docs` after changing the catalogue)', () => {
    const document = readFileSync(join(__dirname, '..', 'docs', 'model.md'), 'utf8');
    expect(renderModelDocs(document)).toBe(document);
    // The backtest's tables run 2 × 500 Monte Carlo draws and the fits of the split by sector.
  }, 180_000);
});
