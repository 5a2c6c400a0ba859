import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINE_IDENTITY, IDENTITY_SLOTS } from '../../shared/charts';

const css = readFileSync(new URL('../../renderer/src/components/identity.css', import.meta.url), 'utf8');

/** The custom properties of each rule block, by the block's selector. */
function blocks(): { selector: string; vars: Record<string, string> }[] {
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector!.trim(),
    vars: Object.fromEntries(
      [...body!.matchAll(/(--identity-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]),
    ),
  }));
}

describe('identity.css', () => {
  it('gives swatches and tooltips the same colours as the charts, light and dark', () => {
    const withVars = blocks().filter((block) => Object.keys(block.vars).length > 0);
    expect(withVars.length).toBe(4);
    for (const { selector, vars } of withVars) {
      const scheme =
        selector.includes("'dark'") || selector.includes(":not([data-theme='light'])") ? 'dark' : 'light';
      IDENTITY_SLOTS.forEach((slot, i) =>
        expect(vars[`--identity-${i}`], selector).toBe(slot[scheme].toLowerCase()),
      );
      expect(vars['--identity-baseline']).toBe(BASELINE_IDENTITY[scheme].toLowerCase());
    }
  });
});
