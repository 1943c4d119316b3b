// Types for scripts/manifest.js (plain CommonJS, loaded by webpack.config.js and the tests).
export const DEV_ORIGIN: string;
export function hostUrl(text: string): URL;
export function manifestFor(xml: string, address: string): string;
