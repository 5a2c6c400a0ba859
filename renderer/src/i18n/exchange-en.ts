import { CHANGE_TEMPLATES_EN } from '../../../shared/history/change-templates';

/** Identity, history and team exchange: who made a scenario, what changed, conflicts and merges. */
export const exchangeEn = {
  // The same English phrases the CLI and the store's summaries use (one source for both).
  changes: CHANGE_TEMPLATES_EN,
  nameSuffix: { counter: '{name} ({n})', fromAuthor: '{name} (from {author})' },
  identity: {
    description: 'Description',
    author: 'Author',
    yourName: 'Your name',
    yourNameHint: 'Recorded as the author of new scenarios and on every revision you save',
  },
  namePrompt: {
    title: 'Welcome',
    text: 'The name you give here is recorded as the author of the scenarios you create and on every revision you save. You can change it at any time under “Your name” at the top of the window.',
    label: 'Name to record as author',
    use: 'Use this name',
    skip: 'Not now',
  },
  library: {
    description: 'Description',
    origin: 'Origin',
    lastChange: 'Last change',
    origins: {
      blank: 'Blank',
      preset: 'Preset {preset}',
      duplicate: 'Duplicated from {name}',
      import: 'Imported from {file} on {date}',
      seed: 'Built-in example',
    },
  },
  history: {
    author: 'By',
    changes: 'What changed',
    notRecorded: 'Not recorded',
    compareWith: 'Compare revision {revision}',
    compare: 'Compare the two chosen revisions',
    comparePick: 'Choose two revisions to compare.',
    compareTitle: 'Revision {a} → revision {b}',
    noDifferences: 'No differences.',
  },
  conflict: {
    title: 'Importing {file}',
    intro_one: 'One scenario in the file matches a scenario in your library. Choose for it:',
    intro_other: '{count} scenarios in the file match scenarios in your library. Choose for each:',
    sameId: 'Same scenario (same id), different content',
    sameName: 'Another scenario with the same name',
    library: 'In your library',
    file: 'In the file',
    side: '“{name}” by {author}, revision {revision}, changed {date}',
    fileSide: '“{name}” by {author}, changed {date}',
    nobody: 'author not given',
    inTrash: 'in the trash',
    differences: 'Differences (library → file)',
    noDifferences: 'Only the timestamps differ.',
    choice: 'What to do with “{name}”',
    keepBoth: 'Keep both',
    replace: 'Replace the library’s',
    skip: 'Skip',
    merge: 'Merge',
    mergeInfo_zero:
      'Merges cleanly from revision {base}: {fromTheirs} change(s) arrive, your own edits stay.',
    mergeInfo_one:
      'Merge from revision {base}: {fromTheirs} change(s) arrive; one cell was changed on both sides.',
    mergeInfo_other:
      'Merge from revision {base}: {fromTheirs} change(s) arrive; {count} cells were changed on both sides.',
    mergeUnavailable: {
      'no-lineage': 'No merge: the file does not say which revision it comes from.',
      'unknown-ancestor': 'No merge: the file comes from a revision this library never had.',
      'different-id': 'No merge: it is a different scenario.',
    },
    cell: 'Changed on both sides: {cell}',
    ours: 'Keep mine: {value}',
    theirs: 'Take theirs: {value}',
    unset: 'default',
    confirm: 'Import',
    nothingWritten:
      'Nothing is written until you choose Import. A replaced scenario keeps its earlier state in its history.',
  },
  report: {
    merged_one: 'merged {count}',
    merged_other: 'merged {count}',
    unmerged_one: '{count} left unchanged (conflicts)',
    unmerged_other: '{count} left unchanged (conflicts)',
  },
} as const;
