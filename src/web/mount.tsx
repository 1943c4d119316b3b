import { createRoot } from "react-dom/client";
import { storedLang } from "../taskpane/SelarasApp";
import { WebPage, type WebPageProps } from "./WebPage";

/**
 * Draws the standalone page: no office.js; the language chosen last, else Indonesian unless the
 * browser prefers English.
 */
export function mountWebPage(props: Omit<WebPageProps, "initialLang">): void {
  const lang = storedLang() ?? (/^en\b/i.test(navigator.language ?? "") ? "en" : "id");
  createRoot(document.getElementById("root") as HTMLElement).render(
    <WebPage initialLang={lang} {...props} />
  );
}
