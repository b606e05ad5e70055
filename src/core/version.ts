/** The app's version, as package.json states it. */
export const APP_VERSION = '0.1.0';

/** What every written `threadmap` file names as its `generator`. */
export const GENERATOR = `threadmap ${APP_VERSION}`;
