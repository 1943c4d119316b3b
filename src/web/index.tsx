import { createRoot } from "react-dom/client";
import { langFrom } from "../core/messages";
import { storedLang } from "../taskpane/SelarasApp";
import { WebPage } from "./WebPage";

// The standalone page: no office.js; the language chosen last, else Indonesian unless the browser
// prefers English.
const lang = storedLang() ?? langFrom(navigator.language);
createRoot(document.getElementById("root") as HTMLElement).render(<WebPage initialLang={lang} />);
