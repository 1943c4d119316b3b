import { Body1, FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { LocalEngine } from "../app/localEngine";
import { createExcelHost } from "./excelHost";
import type { WorkbookHost } from "../workbook/host";
import { errorSentence } from "./errors";
import { langFromOffice, STRINGS, type Lang } from "./i18n";
import { SelarasApp } from "./SelarasApp";

/** Outside Excel (a browser, Word) office.js reports another host or none: say what the pane needs. */
function NeedsExcel({ lang, problem }: { lang: Lang; problem?: string }) {
  const t = STRINGS[lang];
  if (problem) {
    return (
      <FluentProvider theme={webLightTheme} lang={lang}>
        <main style={{ padding: 16 }}>
          <Title2 as="h1">{t.appTitle}</Title2>
          <Body1 as="p" role="alert">
            {problem}
          </Body1>
        </main>
      </FluentProvider>
    );
  }
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main style={{ padding: 16 }}>
        <Title2 as="h1">{t.appTitle}</Title2>
        <Body1 as="p">{t.needsExcel}</Body1>
      </main>
    </FluentProvider>
  );
}

void Office.onReady((info) => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  let displayLanguage: string | undefined;
  try {
    displayLanguage = Office.context?.displayLanguage;
  } catch {
    displayLanguage = undefined; // outside Office the context is not there
  }
  const lang = langFromOffice(displayLanguage);
  if (info.host !== Office.HostType.Excel) {
    root.render(<NeedsExcel lang={lang} />);
    return;
  }
  let host: WorkbookHost;
  try {
    host = createExcelHost();
  } catch (error) {
    root.render(<NeedsExcel lang={lang} problem={errorSentence(error, lang, STRINGS[lang])} />);
    return;
  }
  // Excel's objects live on the pane's thread: the engine runs there too
  root.render(<SelarasApp engine={new LocalEngine(host)} initialLang={lang} />);
});
