// The app's version, from package.json (one copy), in a module light enough for the CLI's start-up.
import packageJson from '../../package.json';

export const APP_VERSION: string = packageJson.version;
