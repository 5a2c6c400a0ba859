// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import notJson from '../../../../test/fixtures/files/not-json.chokepoint?raw';
import outOfRange from '../../../../test/fixtures/files/lever-out-of-range.chokepoint?raw';
import validMany from '../../../../test/fixtures/files/valid-many.chokepoint?raw';
import type { TestApp } from '../../test-utils';
import { setupTestApp } from '../../test-utils';
import { LibraryView } from './LibraryView';

let app: TestApp | undefined;
afterEach(() => app?.stop());

async function importFile(name: string, text: string) {
  const input = screen.getByTestId('import-file-input') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('import errors', () => {
  it('names the file, the JSON path and the problem of a value out of range', async () => {
    app = await setupTestApp();
    app.renderInApp(<LibraryView />);
    await importFile('plan.chokepoint', outOfRange);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not import plan.chokepoint');
    expect(alert).toHaveTextContent('plan.chokepoint has values that are not allowed (1 problem)');
    expect(alert).toHaveTextContent(
      '$.scenarios[0].sectors.IC.levers.basicResearch[1].value: expected a value from 0.5 to 3 (the range of basicResearch), found 4',
    );
    expect(alert).toHaveTextContent('Nothing from this file was imported.');
    expect(app.api.calls).not.toContain('importFile');
  });

  it('translates the detail lines in Chinese: kind, path, expectation', async () => {
    app = await setupTestApp({ language: 'zh-CN' });
    app.renderInApp(<LibraryView />);
    await importFile('plan.chokepoint', outOfRange);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      '$.scenarios[0].sectors.IC.levers.basicResearch[1].value：应为0.5 到 3 之间的值（basicResearch 的取值范围），实际为4',
    );
    expect(alert.textContent).not.toMatch(/expected|found/);
  });

  it('gives the line and column of a syntax error, in Chinese too', async () => {
    app = await setupTestApp({ language: 'zh-CN' });
    app.renderInApp(<LibraryView />);
    await importFile('坏文件.chokepoint', notJson);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法导入 坏文件.chokepoint');
    expect(alert).toHaveTextContent(
      '坏文件.chokepoint 不是有效的 JSON：第 19 行第 7 列，应为 "," or "}"，实际为 "seed"。',
    );
  });

  it('imports a valid file and reports what was added', async () => {
    app = await setupTestApp();
    app.renderInApp(<LibraryView />);
    await importFile('many.chokepoint', validMany);
    expect(await screen.findByText(/many\.chokepoint: [1-9]\d* added/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks before replacing a scenario that exists with other content', async () => {
    app = await setupTestApp();
    const exported = await app.api.exportScenarios({ ids: ['3371702d-a8cd-4dd6-8110-cc660a30111e'] });
    await app.api.renameScenario({ id: '3371702d-a8cd-4dd6-8110-cc660a30111e', name: 'Changed here' });
    app.renderInApp(<LibraryView />);
    await importFile('escalation.chokepoint', exported.ok ? exported.value.text : '');
    const dialog = await screen.findByRole('dialog', { name: 'Importing escalation.chokepoint' });
    expect(dialog).toHaveTextContent('Escalation');
    // One choice per scenario, written only on Import.
    fireEvent.click(screen.getByRole('radio', { name: 'Replace the library’s' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Keep both' }));
    expect(app.api.calls).not.toContain('importFile');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(
      await screen.findByText('escalation.chokepoint: 0 added, 0 replaced, 1 kept as copies, 0 skipped.'),
    ).toBeInTheDocument();
  });
});
