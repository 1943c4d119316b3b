import { mountWebPage } from "./mount";
import { inlineHelpPage, startInlineEngine } from "./startInlineEngine";

// The single file (dist/selaras.html): the engine's worker and the help page are inside it.
mountWebPage({ startEngine: startInlineEngine, helpPage: inlineHelpPage });
