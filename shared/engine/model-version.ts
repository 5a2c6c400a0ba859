/** Version of the projection model (model.md). Bumped by every change to equations or calibration. */
export const MODEL_VERSION = 1;
