import packageJson from '../package.json';

/** The app's version, recorded in every file it writes. */
export const APP_VERSION: string = packageJson.version;
