import { createContext } from "react";

/**
 * Where the help page opens at an anchor (a finding code; "en-" before it for English): help.html
 * beside the pane, unless the page provides its own (the single-file web page has no neighbours).
 */
export type HelpPage = (anchor: string) => string;

/** help.html served beside the page (dist/). */
export const helpBeside: HelpPage = (anchor) => `help.html#${anchor}`;

export const HelpPageContext = createContext<HelpPage>(helpBeside);
