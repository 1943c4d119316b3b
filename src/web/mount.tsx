import { createRoot } from "react-dom/client";
import { langFrom } from "../core/messages";
import { storedLang } from "../taskpane/SelarasApp";
import { WebPage, type WebPageProps } from "./WebPage";

/**
 * Draws the standalone page: no office.js; the language chosen last, else Indonesian unless the
 * browser prefers English.
 */
export function mountWebPage(props: Omit<WebPageProps, "initialLang">): void {
  const lang = storedLang() ?? langFrom(navigator.language);
  createRoot(document.getElementById("root") as HTMLElement).render(
    <WebPage initialLang={lang} {...props} />
  );
}
