/** The library version. scripts/build.mjs checks it matches packages/coproduce/package.json. */
export const VERSION = '0.1.0';
