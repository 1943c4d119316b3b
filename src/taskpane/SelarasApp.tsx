import {
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useState, type ReactElement } from "react";
import type { Finding } from "../core/findings";
import type { Engine } from "../app/engine";
import { BulkView } from "./BulkView";
import { BusyIndicator } from "./BusyIndicator";
import { CheckView } from "./CheckView";
import { FillView } from "./FillView";
import { FillNavigationContext, focusOf, type FillRequest } from "./fillFocus";
import { I18nContext, STRINGS, useI18n, type Lang } from "./i18n";
import { NoticeBar } from "./NoticeBar";
import { PaneContext, usePaneState } from "./paneState";
import { PaneHeader } from "./PaneHeader";
import { PkView } from "./PkView";
import { PohonTab } from "./PohonTab";
import { SetupView } from "./SetupView";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  tabs: { flexWrap: "wrap" },
});

type TabName = "check" | "pohon" | "setup" | "fill" | "bulk" | "pk";
const TABS: TabName[] = ["check", "pohon", "setup", "fill", "bulk", "pk"];
/** Each view; `active` when its tab is shown (a view may wait for it before asking the engine). */
const VIEWS: Record<TabName, (props: { active: boolean }) => ReactElement> = {
  check: CheckView,
  pohon: PohonTab,
  setup: SetupView,
  fill: FillView,
  bulk: BulkView,
  pk: PkView,
};

export interface SelarasAppProps {
  /**
   * The engine over the workbook: on the pane's thread over Office.js in the add-in, in a worker
   * over the opened file on the web page.
   */
  engine: Engine;
  initialLang?: Lang;
  /** Told when the user switches language (the web page's own controls follow it). */
  onLangChange?: (lang: Lang) => void;
  /** Told whenever the pane writes to the workbook (the web page then warns before leaving). */
  onEdited?: () => void;
  /** The workbook is a file opened in the browser: changes are kept only by downloading it. */
  downloadToSave?: boolean;
  /** Inside a page with its own title and main landmark (the web page): a titled region. */
  embedded?: boolean;
}

/**
 * The Selaras pane over any workbook's engine: check, the pohon kinerja, setup, fill, bulk targets,
 * Susun PK.
 */
export function SelarasApp({
  engine,
  initialLang = "id",
  onLangChange,
  onEdited,
  downloadToSave,
  embedded,
}: SelarasAppProps) {
  const [lang, setLangState] = useState<Lang>(() => storedLang() ?? initialLang);
  const setLang = (next: Lang) => {
    setLangState(next);
    storeLang(next);
    onLangChange?.(next);
  };
  const i18n = useMemo(() => ({ lang, t: STRINGS[lang] }), [lang]);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <I18nContext.Provider value={i18n}>
        <PaneWithEngine
          engine={engine}
          onLangChange={setLang}
          onEdited={onEdited}
          downloadToSave={!!downloadToSave}
          embedded={!!embedded}
        />
      </I18nContext.Provider>
    </FluentProvider>
  );
}

/** Inside the providers: the shared pane state, the tabs, and every view (hidden, not unmounted). */
function PaneWithEngine({
  engine,
  onLangChange,
  onEdited,
  downloadToSave,
  embedded,
}: {
  engine: Engine;
  onLangChange(lang: Lang): void;
  onEdited?: () => void;
  downloadToSave: boolean;
  embedded: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const pane = usePaneState(engine, i18n, onEdited, downloadToSave);
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>("check");
  const [fillRequest, setFillRequest] = useState<FillRequest>();
  const navigation = useMemo(
    () => ({
      request: fillRequest,
      fillFrom: (finding: Finding) => {
        setFillRequest({ finding, focus: focusOf(finding) });
        setTab("fill");
      },
      clear: () => setFillRequest(undefined),
    }),
    [fillRequest]
  );
  // the page around an embedded pane has the main landmark and the page's title
  const Root = embedded ? "section" : "main";
  return (
    <PaneContext.Provider value={pane}>
      <FillNavigationContext.Provider value={navigation}>
        <Root className={styles.root} aria-label={embedded ? t.appTitle : undefined}>
          <PaneHeader onLangChange={onLangChange} titled={!embedded} />
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            aria-label={t.tabsLabel}
            onTabSelect={(_, d) => setTab(d.value as TabName)}
          >
            {TABS.map((name) => (
              <Tab
                key={name}
                id={`selaras-tab-${name}`}
                value={name}
                aria-controls={`selaras-panel-${name}`}
              >
                {t.tabs[name]}
              </Tab>
            ))}
          </TabList>
          <BusyIndicator />
          <NoticeBar />
          {TABS.map((name) => {
            // views stay mounted so a preview or a half-filled form survives a tab switch
            const View = VIEWS[name];
            return (
              <section
                key={name}
                id={`selaras-panel-${name}`}
                role="tabpanel"
                aria-labelledby={`selaras-tab-${name}`}
                hidden={tab !== name}
              >
                <View active={tab === name} />
              </section>
            );
          })}
        </Root>
      </FillNavigationContext.Provider>
    </PaneContext.Provider>
  );
}

/** The language the planner chose last, kept in the browser (the pane's webview) across reloads. */
const LANG_KEY = "selaras.lang";

export function storedLang(): Lang | undefined {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    return v === "id" || v === "en" ? v : undefined;
  } catch {
    return undefined; // storage refused (a locked-down webview): the default stands
  }
}

function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // not remembered, nothing lost
  }
}
