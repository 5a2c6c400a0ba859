/** Kinds of file the app saves: each is also the saved file's extension and its dialog filter. */
export const SAVE_KINDS = ['chokepoint', 'csv', 'png', 'svg', 'html', 'pdf', 'pptx', 'xlsx'] as const;

export type SaveKind = (typeof SAVE_KINDS)[number];
