/**
 * English strings of a scenario's identity (its colour and line, its unique name), merged into en.ts
 * under `identity`. Every key here must exist in identity-zh-cn.ts too (the catalogue test checks).
 */
export const identityEn = {
  label: 'Colour and line',
  hint: 'This scenario is drawn this way in every chart, slide and export.',
  choices: {
    blue: 'Blue, solid line',
    vermillion: 'Vermillion, dashed line',
    'bluish-green': 'Bluish green, dotted line',
    'reddish-purple': 'Reddish purple, dash-dot line',
    ochre: 'Ochre, long dash and two dots',
    violet: 'Violet, dot and long dash',
  },
  grey: 'Neutral grey, solid line',
  baseline: 'The Baseline is always drawn in neutral grey.',
  clash: 'Drawn here as {colour}: {name} has the same colour and comes first.',
  nameTaken: 'Another scenario is already called “{name}”. Choose another name.',
  nameRule:
    'Names are unique in the library: a rename onto a name in use is refused; new, duplicated, restored and imported scenarios get a number instead, such as “Escalation (2)”.',
} as const;
