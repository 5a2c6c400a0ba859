/** Size limits of packages, apart from their schema so the page reads them without building one. */
export const PACKAGE_LIMITS = {
  nameLength: 200,
  descriptionLength: 10_000,
  sourceLength: 2_000,
  /** Packages one file or library list may define. */
  perFile: 1_000,
} as const;
