/**
 * English strings of the "Find a plan" view, merged into en.ts under `plan`.
 * Every key here must exist in plan-zh-cn.ts too (the catalogue test checks both ways).
 */
export const planEn = {
  nav: 'Find a plan',
  title: 'Find a plan',
  intro:
    'The least-cost package of levers that meets your targets in a share of the Monte Carlo draws, in the world of a starting scenario: its restrictions and assumptions stay as they are.',
  form: 'The question',
  start: 'Starting scenario (the world)',
  chooseStart: 'Choose a scenario…',
  loadingStart: 'Opening the scenario…',
  targets: {
    heading: 'Targets (each met by its year)',
    what: 'Target {n}: what',
    sector: 'Target {n}: sector',
    value: 'Target {n}: value',
    year: 'Target {n}: by year',
    add: 'Add a target',
    remove: 'Remove target {n}',
    kinds: {
      S: 'Self-reliance at least',
      C: 'Capability at least',
      aggregate: 'Aggregate self-reliance at least',
      chokepoints: 'Open chokepoints at most',
    },
  },
  confidence: 'Confidence: share of draws meeting every target (%)',
  levers: 'Levers the plan may change',
  sectors: 'Sectors the plan may change them in',
  sectorsHint: 'None ticked: the sectors the targets read and their upstream suppliers.',
  budget: 'Budget, USD bn (cumulative discounted fiscal cost; empty for none)',
  draws: 'Monte Carlo draws',
  find: 'Find a plan',
  cancel: 'Cancel the search',
  status: {
    idle: 'Set the question and press Find a plan.',
    running: 'Searching: {central} central runs and {draws} draws so far, {points} frontier points.',
    cancelled: 'Search cancelled: nothing was saved.',
    done: 'Done after {central} central runs and {draws} draws.',
  },
  frontier: {
    caption: 'Cost against confidence (the frontier fills in as the search runs)',
    confidence: 'Confidence',
    cost: 'Cost, USD bn',
    line: 'Frontier',
    plan: 'Plan',
    start: 'Starting scenario',
    asked: 'asked',
    description:
      'Frontier of {count} measured packages, from {lowConfidence} of the draws for USD {lowCost} bn to {highConfidence} for USD {highCost} bn; asked confidence {asked}.',
    empty: 'No package has been measured yet.',
  },
  answer: {
    heading: 'The plan',
    feasible:
      'Meets every target in {confidence} of the draws for USD {cost} bn of cumulative discounted fiscal cost.',
    infeasible:
      'Not reachable within the levers’ ranges: the best package found meets the targets in {confidence} of the draws for USD {cost} bn.',
    infeasibleBudget:
      'Not reachable within the budget: the best package found meets the targets in {confidence} of the draws for USD {cost} bn.',
    start: 'The starting scenario: {confidence} of the draws for USD {cost} bn.',
    other:
      'Disruption cost USD {disruption} bn and substitution cost USD {substitution} bn (shown, not minimised).',
    binding:
      'Binding bounds (at the top of their range, and one step lower meets the targets in fewer draws): {list}.',
    noBinding:
      'No lever’s upper bound binds: the failing draws fail whatever these levers do (see what breaks it).',
    bound: '{lever} in {sector}',
    unstable: '{count} candidates were refused because a draw was numerically unstable.',
  },
  table: {
    caption: 'The package: each lever’s level from {year}',
    sector: 'Sector',
    lever: 'Lever',
    start: 'Starting scenario',
    plan: 'Plan',
    unchanged: 'unchanged',
  },
  trajectory: {
    caption: '{quantity} on the central run: the plan against the starting scenario',
    target: 'target',
    description:
      '{quantity} from {from} to {to}: the starting scenario ends at {start}, the plan at {plan}; target {target}.',
    aggregate: 'Aggregate self-reliance',
    chokepoints: 'Open chokepoints',
    sectorVariable: '{sector}: {variable}',
    S: 'self-reliance',
    C: 'capability',
  },
  breaks: {
    heading: 'What breaks it',
    summary: '{failures} of {draws} draws miss a target.',
    box: 'The box below holds {coverage} of those failures, and {density} of the draws inside it fail (against {base} of all draws).',
    noBox: 'No single uncertainty separates the failing draws; the strongest on their own:',
    none: 'No draw misses the targets: nothing to separate.',
    all: 'Every draw misses the targets: nothing to separate.',
    caption: 'Where the plan fails: the uncertain values of the box',
    rankingCaption: 'Uncertain values ranked by how well they separate failing draws on their own',
    value: 'Uncertain value',
    range: 'Fails mostly where',
    drawn: 'Drawn between',
    weight: 'Weight',
    separation: 'Separation (AUC)',
    atLeast: '≥ {value}',
    atMost: '≤ {value}',
    when: { high: 'fails when high', low: 'fails when low' },
    omega: 'dependence of {buyer} on {supplier} (ω)',
    inSector: '{name} ({sector})',
  },
  save: 'Save as scenario',
  saving: 'Saving…',
  saved: 'Saved “{name}” to the library.',
  planName: '{name} — plan',
  planDescription:
    'Found by the plan finder for {targets} in {confidence} of {draws} draws: met in {reached}, cumulative discounted fiscal cost USD {cost} bn.',
  error: {
    'no-targets': 'Give at least one target.',
    'unknown-sector': 'Unknown sector “{sector}”.',
    'target-year': 'Target {target}: the year must be from {min} to {max} (the base year is history).',
    'contradictory-targets':
      'Contradictory targets: {first} and {second} ask different values of the same quantity in the same year.',
    confidence: 'The confidence must be strictly between 0 and 100 %.',
    'confidence-needs-draws':
      'This confidence would ask every one of the {draws} draws to meet the targets: lower it or raise the draws.',
    'no-levers': 'Choose at least one lever the plan may change.',
    'restriction-not-lever': 'The restriction is the world, not a lever.',
    'unknown-lever': 'Unknown lever “{lever}”.',
    'no-sectors': 'Choose at least one sector.',
    'from-year': 'The first year of the plan must be from {min} to {max}.',
    'ramp-years': 'The ramp must be from 0 to {max} years.',
    draws: 'The draws must be a whole number from {min} to {max}.',
    budget: 'The budget must be a number.',
    'discount-rate': 'The discount rate must be from 0 to 1.',
    'budget-below-cheapest':
      'The budget of USD {budget} bn is below the cheapest package the levers allow (USD {cheapest} bn): raise it or allow fewer levers.',
    engine: 'The starting scenario cannot be run: {reason}',
    cancelled: 'The search was cancelled; nothing was saved.',
    invalid: 'Target {n}: enter a value and a year.',
  },
};
