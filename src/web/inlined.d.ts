// What the single-file build (scripts/singleFile.js) puts into src/web/single.tsx as constants.

/** The engine worker's whole script (src/web/engine.worker.ts, built with everything it imports). */
declare const SELARAS_ENGINE_SOURCE: string;
/** src/help.html. */
declare const SELARAS_HELP_HTML: string;
