/**
 * English strings of the backtest view on the Model page, merged into en.ts under `backtest`.
 * Every key here must exist in backtest-zh-cn.ts too (the catalogue test checks both ways).
 */
export const backtestEn = {
  heading: 'The model against the record, 2018–2024',
  intro:
    'The model started from the 2018 catalogue and fed the restrictions and policies of 2018–2024, against the self-reliance observed since. Observations up to {year} are in sample, the only ones a fitted parameter may see; later ones are the out-of-sample test.',
  version: 'Model version',
  v2: 'Version 2 (current)',
  v1: 'Version 1 (as published)',
  chart: 'Simulated self-reliance against the observations, model version {version}',
  bands: {
    computing: 'P10–P90 bands: {done} of {total} draws',
    done: 'P10–P90 bands of {total} draws, seed {seed}',
    failed: 'The P10–P90 bands could not be computed: {reason}',
  },
  table: {
    caption: 'Every compared observation, model version {version}',
    sector: 'Sector',
    year: 'Year',
    sample: 'Sample',
    observed: 'Observed',
    simulated: 'Simulated',
    error: 'Error, points',
    band: 'P10–P90',
    inside: 'Inside P10–P90',
    in: 'in sample',
    out: 'out of sample',
    yes: 'yes',
    no: 'no',
    pending: '…',
  },
  summary: {
    caption: 'Mean absolute error and coverage by sector, model version {version}',
    sector: 'Sector',
    inMae: 'In sample: mean absolute error',
    inInside: 'In sample: inside P10–P90',
    outMae: 'Out of sample: mean absolute error',
    outInside: 'Out of sample: inside P10–P90',
    total: 'All sectors',
    inside: '{inside} of {count}',
    none: '–',
  },
  errorNote:
    'Errors are simulated minus observed, in points of self-reliance: negative where the model under-predicts.',
  exportName: 'Backtest 2018–2024, model v{version}',
};
