import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { hasChromium, launchChromium } from './support/chromium';
import type { Preview } from './support/preview';
import { startPreview } from './support/preview';

// The editor from the keyboard alone, in Chromium at 1280×720: the "New scenario" menu button, the
// input grid (one tab stop, arrows, Enter/F2 to the schedule, Escape back) and a schedule's points.
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 50 });

/** What has the focus: its role (explicit or the tag), accessible label, id and text. */
interface Focused {
  readonly role: string;
  readonly id: string;
  readonly label: string;
  readonly text: string;
}
// Page scripts as strings: the tests compile without the DOM library.
const focused = (page: Page) =>
  page.evaluate(`(() => {
    const el = document.activeElement;
    return {
      role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      label: el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent ?? '',
      text: el?.textContent ?? '',
    };
  })()`) as Promise<Focused>;

/** Whether elements are on screen and not covered (each is what is drawn at its centre). */
const inView = (page: Page, selectors: Record<string, string>) =>
  page.evaluate(`(() => {
    const visible = (el) => {
      if (!el) return false;
      const box = el.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0 && el.contains(top);
    };
    return Object.fromEntries(
      Object.entries(${JSON.stringify(selectors)}).map(([key, selector]) => [key, visible(document.querySelector(selector))]),
    );
  })()`) as Promise<Record<string, boolean>>;

/** Presses Tab until the focus is on an element matching `until` (at most `limit` presses). */
async function tabTo(page: Page, until: (f: Focused) => boolean, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (until(await focused(page))) return;
  }
  throw new Error(`Tab never reached the element (last: ${JSON.stringify(await focused(page))})`);
}

describe.runIf(hasChromium)('keyboard-only editing in Chromium', () => {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview({ build: false });
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(preview.url);
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  const slider = (name: string) => page.getByRole('slider', { name, exact: true });

  it('creates a scenario through the menu button and lands on its name', async () => {
    await tabTo(page, (f) => f.text === 'New scenario');
    await page.keyboard.press('ArrowDown');
    await poll(() => focused(page).then((f) => f.role)).toBe('menuitem');
    expect((await focused(page)).text).toMatch(/^Blank/);
    await page.keyboard.press('End');
    expect((await focused(page)).text).toMatch(/^From preset: Push under escalation/);
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).text).toMatch(/^Blank/);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('menu').count()).toBe(0);
    expect((await focused(page)).text).toBe('New scenario');
    await page.keyboard.press('Enter');
    await poll(() => focused(page).then((f) => f.role)).toBe('menuitem');
    await expectAccessible(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).text).toMatch(/^From preset: Escalation/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/editor\//);
    await poll(() => focused(page).then((f) => f.label)).toBe('Scenario name');
    await poll(() => page.locator('[data-bands]').getAttribute('data-bands')).toBe('500/500');
  });

  it('is one tab stop; arrows move between cells, Enter edits a schedule, Escape returns', async () => {
    expect(await page.locator('[role="grid"] [tabindex="0"]').count()).toBe(1);
    await tabTo(page, (f) => f.role === 'gridcell');
    expect((await focused(page)).id).toBe('cell-IC-basicResearch');

    // Three cells, each: arrows to it, Enter to its schedule, a new value typed, Escape back.
    const edits = [
      {
        keys: ['ArrowRight'],
        id: 'cell-IC-rdTaxCut',
        name: 'R&D tax cut — Chips',
        typed: '40',
        value: '0.4',
      },
      {
        keys: ['ArrowDown', 'ArrowDown'],
        id: 'cell-LITH-rdTaxCut',
        name: 'R&D tax cut — Lithography',
        typed: '30',
        value: '0.3',
      },
      {
        keys: ['End'],
        id: 'cell-LITH-restriction',
        name: 'Restriction level — Lithography',
        typed: '75',
        value: '0.75',
      },
    ];
    for (const edit of edits) {
      for (const key of edit.keys) await page.keyboard.press(key);
      expect((await focused(page)).id).toBe(edit.id);
      await page.keyboard.press(edit === edits[1] ? 'F2' : 'Enter');
      await poll(() => focused(page).then((f) => f.id)).toBe('schedule-editor');
      // The schedule is on screen at 1280×720, and so is the cell it belongs to.
      const shown = await inView(page, {
        title: '#schedule-title',
        fields: '.schedule-fields',
        cell: `#${edit.id}`,
      });
      expect(shown).toEqual({ title: true, fields: true, cell: true });
      await tabTo(page, (f) => f.label === 'Value' || f.label.startsWith('Value after'));
      await page.keyboard.press('Control+a');
      await page.keyboard.type(edit.typed);
      await page.keyboard.press('Enter');
      await poll(() => slider(edit.name).inputValue()).toBe(edit.value);
      await page.keyboard.press('Escape');
      expect((await focused(page)).id).toBe(edit.id);
    }
    expect(await page.locator('[role="grid"] [tabindex="0"]').count()).toBe(1);
    await expectAccessible(page);
  });

  it('edits a schedule’s shape and moves its point from the keyboard, one axis at a time', async () => {
    // The escalation's chip restriction is a step: 30% before, 60% from the year after the base year.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect((await focused(page)).id).toBe('cell-IC-restriction');
    await page.keyboard.press('Enter');
    await poll(() => focused(page).then((f) => f.id)).toBe('schedule-editor');
    const restriction = slider('Restriction level — Chips');
    expect(await restriction.getAttribute('aria-valuetext')).toBe('60% from 2026, 30% before');
    await tabTo(page, (f) => f.label.startsWith('Changes in'));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2028');
    await page.keyboard.press('Enter');
    await poll(() => restriction.getAttribute('aria-valuetext')).toBe('60% from 2028, 30% before');
    // The chart: Space picks the step's point, right moves its year only, up its value only.
    await tabTo(page, (f) => f.role === 'application');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await poll(() => restriction.getAttribute('aria-valuetext')).toBe('60% from 2029, 30% before');
    await page.keyboard.press('ArrowUp');
    await poll(() => restriction.getAttribute('aria-valuetext')).toBe('65% from 2029, 30% before');
    await page.keyboard.press('Escape');
    expect((await focused(page)).id).toBe('cell-IC-restriction');
    await expectAccessible(page);
  });
});
