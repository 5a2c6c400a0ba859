import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../../shared/catalogue';
import { LEVER_IDS } from '../../../../shared/domain/inputs';
import { formProblem, initialForm } from './plan-form';

const world = getPreset('push-under-escalation')!;

describe('the plan form', () => {
  it('asks the standard question by default: IC self-reliance 50 % by 2035 at 80 %, every lever', () => {
    expect(formProblem(initialForm(world.id), world)).toEqual({
      scenario: world,
      targets: [{ quantity: { kind: 'S', sector: 'IC' }, value: 0.5, year: 2035, timing: 'by' }],
      confidence: 0.8,
      levers: [...LEVER_IDS],
      draws: 200,
    });
  });

  it('reads shares in per cent, chokepoints as a count, the sectors and the budget only when given', () => {
    const form = {
      ...initialForm(world.id),
      targets: [
        { kind: 'aggregate' as const, sector: 'IC', value: '40', year: '2035', timing: 'at' as const },
        { kind: 'chokepoints' as const, sector: 'IC', value: '12', year: '2030', timing: 'by' as const },
      ],
      sectors: ['IC', 'SME'],
      budget: '300',
    };
    expect(formProblem(form, world)).toMatchObject({
      targets: [
        { quantity: { kind: 'aggregate' }, value: 0.4, year: 2035, timing: 'at' },
        { quantity: { kind: 'chokepoints' }, value: 12, year: 2030, timing: 'by' },
      ],
      sectors: ['IC', 'SME'],
      budget: 300,
    });
  });

  it('names the first target left empty, and passes a typed-over budget on for the finder to refuse', () => {
    const form = initialForm(world.id);
    expect(
      formProblem({ ...form, targets: [...form.targets, { ...form.targets[0]!, year: '' }] }, world),
    ).toEqual({
      invalid: 2,
    });
    const problem = formProblem({ ...form, budget: 'lots' }, world);
    expect('budget' in problem && Number.isNaN(problem.budget)).toBe(true);
  });
});
