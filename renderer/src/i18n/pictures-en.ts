/**
 * English strings of the client-ready pictures (slides, deck, exports), merged into en.ts under
 * `pictures`.
 */
export const picturesEn = {
  slides: {
    title: 'Title',
    targets: 'Targets',
    sector: '{sector}',
    selfReliance: 'Self-reliance (S): share of demand met domestically',
    capability: 'Capability (C): domestic technology level',
    targetsTitle: 'When each sector first reaches {targets} self-reliance',
    targetsNote:
      'Year first reached on the central run; “–” not by {year}; in brackets, the share of draws that reach it.',
    sectorColumn: 'Sector',
    notBy: '–',
    compared: 'Scenarios compared',
    date: 'Date: {date}',
    pick: 'Sectors with their own slide',
    pickAll: 'All sectors',
    pickNone: 'None',
    count: '{count} slides',
    setup: {
      heading: 'Slides of this comparison',
      intro: 'What the slides show, in presentation mode and in the exported deck.',
      title: 'Title of the slides',
      reference: 'Reference (the others are measured against it)',
      start: 'Start presentation',
    },
  },
  deck: {
    export: 'Export deck',
    hint: 'PowerPoint deck with the same slides, native editable charts',
    working: 'Building the deck…',
    failed: 'Could not build the deck: {reason}',
  },
} as const;
