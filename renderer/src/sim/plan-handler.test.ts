import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../shared/catalogue';
import { parseTarget } from '../../../shared/optimize';
import { createPlanHandler } from './plan-handler';
import type { FromPlanWorker } from './plan-protocol';

const target = parseTarget('IC:S>=0.5@2035');
if (!target.ok) throw new Error(target.error.reason);
const problem = { scenario: getPreset('push-under-escalation')!, targets: [target.value], draws: 3000 };
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('the plan worker’s handler', () => {
  it('hears a cancel while a search runs and answers "cancelled"', async () => {
    const messages: FromPlanWorker[] = [];
    const handle = createPlanHandler((message) => messages.push(message), pause);
    const search = handle({ type: 'find', job: 1, problem });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await handle({ type: 'cancel', job: 1 });
    await search;
    expect(messages.at(-1)).toEqual({
      type: 'answer',
      job: 1,
      outcome: { ok: false, error: { kind: 'cancelled' } },
    });
    expect(messages.some((message) => message.type === 'progress')).toBe(true);
  });
});
