import { createRoot } from "react-dom/client";
import { WebPage } from "./WebPage";

// The standalone page: no office.js; Indonesian unless the browser prefers English.
const lang = /^en\b/i.test(navigator.language ?? "") ? "en" : "id";
createRoot(document.getElementById("root") as HTMLElement).render(<WebPage initialLang={lang} />);
