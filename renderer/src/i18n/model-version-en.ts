/**
 * English strings about the model version a scenario was authored under, merged into en.ts under
 * `modelVersion`. Every key here must exist in model-version-zh-cn.ts too (the catalogue test checks).
 */
export const modelVersionEn = {
  authoredUnder:
    '{file} was authored under model version {version}; this app runs model version {current}, so its results differ from the author’s. `chokepoint run FILE --model {version}` reproduces them.',
};
