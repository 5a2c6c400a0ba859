/** Scenario and catalogue ids: safe in file names, URLs and command lines. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/** Sector ids (keys of `sectors` and of `omega`); never `__proto__` and friends, which start with `_`. */
export const SECTOR_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
