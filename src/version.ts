/** The library version; kept in step with package.json by the build (see scripts/build.mjs). */
export const VERSION = '0.1.0';
