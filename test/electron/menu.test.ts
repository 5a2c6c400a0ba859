import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MAIN_MESSAGES } from '../../electron/main/i18n/main-messages';
import { buildMenuTemplate } from '../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(
  platform = 'linux',
  recent = [{ path: '/home/p/a.chokepoint', name: 'a.chokepoint', openedAt: '2026-11-28T00:00:00Z' }],
) {
  const actions = { send: vi.fn(), openFiles: vi.fn(), openRecent: vi.fn() };
  const template = buildMenuTemplate(MAIN_MESSAGES.en, actions, {
    platform,
    recent,
    settings: { language: 'en', theme: 'system' },
  });
  const items = flatten(template);
  const click = (id: string) => (items.find((item) => item.id === id)!.click as () => void)();
  return { template, items, actions, click };
}

describe('the native menu (electron substituted)', () => {
  it('has File, Edit, View and Help with the usual shortcuts', () => {
    const { template, items } = build();
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const accelerator = (id: string) => items.find((item) => item.id === id)?.accelerator;
    expect(accelerator('new-scenario')).toBe('CmdOrCtrl+N');
    expect(accelerator('open')).toBe('CmdOrCtrl+O');
    expect(accelerator('undo')).toBe('CmdOrCtrl+Z');
    expect(accelerator('redo')).toBe('Shift+CmdOrCtrl+Z');
    expect(accelerator('presentation')).toBe('F5');
  });

  it('calls the right handler for every item', () => {
    const { click, actions } = build();
    const expected: [string, unknown][] = [
      ['new-scenario', { command: 'new-scenario' }],
      ['import', { command: 'import' }],
      ['export', { command: 'export' }],
      ['export-pdf', { command: 'export-pdf' }],
      ['undo', { command: 'undo' }],
      ['redo', { command: 'redo' }],
      ['presentation', { command: 'toggle-presentation' }],
      ['language-zh-CN', { command: 'set-language', language: 'zh-CN' }],
      ['theme-dark', { command: 'set-theme', theme: 'dark' }],
      ['model', { command: 'show-model' }],
      ['about', { command: 'show-about' }],
    ];
    for (const [id, command] of expected) {
      actions.send.mockClear();
      click(id);
      expect(actions.send, id).toHaveBeenCalledWith(command);
    }
    click('open');
    expect(actions.openFiles).toHaveBeenCalled();
  });

  it('lists recent files and opens the one chosen', () => {
    const { items, actions } = build();
    const recent = items.find((item) => item.label === 'a.chokepoint')!;
    (recent.click as () => void)();
    expect(actions.openRecent).toHaveBeenCalledWith('/home/p/a.chokepoint');
  });

  it('speaks Chinese and puts the app menu first on macOS', () => {
    const actions = { send: vi.fn(), openFiles: vi.fn(), openRecent: vi.fn() };
    const zh = buildMenuTemplate(MAIN_MESSAGES['zh-CN'], actions, {
      platform: 'darwin',
      recent: [],
      settings: { language: 'zh-CN', theme: 'system' },
    });
    expect(zh[0]!.role).toBe('appMenu');
    expect(zh.slice(1).map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('has every main-process message in both languages', () => {
    expect(Object.keys(MAIN_MESSAGES['zh-CN']).sort()).toEqual(Object.keys(MAIN_MESSAGES.en).sort());
  });
});
