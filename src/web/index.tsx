import { createRoot } from "react-dom/client";
import { storedLang } from "../taskpane/SelarasApp";
import { WebPage } from "./WebPage";

// The standalone page: no office.js; the language chosen last, else Indonesian unless the browser
// prefers English.
const lang = storedLang() ?? (/^en\b/i.test(navigator.language ?? "") ? "en" : "id");
createRoot(document.getElementById("root") as HTMLElement).render(<WebPage initialLang={lang} />);
