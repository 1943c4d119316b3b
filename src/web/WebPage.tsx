import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import type { FileEngine } from "../app/engine";
import { HelpPageContext, helpBeside, type HelpPage } from "../taskpane/helpPage";
import { SelarasApp } from "../taskpane/SelarasApp";
import { errorSentence } from "../taskpane/errors";
import { STRINGS, type Lang } from "../taskpane/i18n";

interface Opened {
  engine: FileEngine;
  name: string;
  /** Which opening this is: a file opened again starts a fresh pane. */
  serial: number;
}

/** How the page opens a workbook: in a worker where it can, on the page where it cannot. */
export type StartEngine = (bytes: Uint8Array, name: string) => Promise<FileEngine>;

export interface WebPageProps {
  initialLang: Lang;
  startEngine: StartEngine;
  /** Where the findings' help links go, when not help.html beside the page. */
  helpPage?: HelpPage;
}

/** The standalone page: the same pane over an .xlsx opened in the browser, with no office.js. */
export function WebPage({ initialLang, startEngine, helpPage }: WebPageProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [busy, setBusy] = useState(false);
  // the error itself, said in the language shown now (a switch of language says it again)
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<string | null>(null);
  // written by the pane since it was opened or last downloaded: leaving would lose it
  const [dirty, setDirtyState] = useState(false);
  // read by the leave guard as it is now: a download's result comes from the worker, and the
  // page may be left before React has drawn it
  const dirtyNow = useRef(false);
  const setDirty = useCallback((d: boolean) => {
    dirtyNow.current = d;
    setDirtyState(d);
  }, []);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!dirtyNow.current) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);
  const input = useRef<HTMLInputElement>(null);
  const t = STRINGS[lang].web;
  const serial = useRef(0);
  // the workbook shown: the one before it is let go of (its worker ends)
  const current = useRef<Opened | null>(null);
  const replace = useCallback((next: Opened | null) => {
    current.current?.engine.close();
    current.current = next;
    setOpened(next);
  }, []);

  const open = useCallback(
    async (file: File) => {
      setBusy(true);
      setError(null);
      setSelected(null);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const engine = await startEngine(bytes, file.name);
        engine.select = async (sheet: string, cell: string) => {
          const value = await engine.cellText(sheet, cell);
          setSelected(`${sheet}!${cell}: ${value ? value : STRINGS[lang].web.empty}`);
        };
        replace({ engine, name: file.name, serial: ++serial.current });
        setDirty(false);
      } catch (err) {
        replace(null);
        setError(err);
      } finally {
        setBusy(false);
      }
    },
    [lang, replace, setDirty, startEngine]
  );

  const download = async () => {
    if (!opened) return;
    // a workbook with macros stays an .xlsm: Excel refuses macros in a file named .xlsx
    const { bytes, macros } = await opened.engine.download();
    const blob = new Blob([bytes as BlobPart], {
      type: macros
        ? "application/vnd.ms-excel.sheet.macroEnabled.12"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download =
      opened.name.replace(/\.(xlsx|xlsm|csv)$/i, "") + (macros ? ".selaras.xlsm" : ".selaras.xlsx");
    // kept once the browser has it: no longer "not downloaded" from the moment it is handed over
    setDirty(false);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  /** Another workbook replaces this one: only after a yes when its changes were not downloaded. */
  const mayLeave = () => !dirtyNow.current || window.confirm(t.leave);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files?.[0];
    if (file && mayLeave()) void open(file);
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main
        style={{ maxWidth: 880, margin: "0 auto", padding: 16 }}
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
      >
        <header
          style={{
            display: "flex",
            gap: 12,
            alignItems: "center",
            flexWrap: "wrap",
            marginBottom: 12,
          }}
        >
          <Title2 as="h1" style={{ flex: "1 1 auto" }}>
            {t.title}
          </Title2>
          <input
            ref={input}
            id="workbook-file"
            type="file"
            accept=".xlsx,.xlsm,.csv"
            aria-label={t.open}
            style={{ display: "none" }}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void open(file);
              e.target.value = "";
            }}
          />
          <Button
            appearance={opened ? "secondary" : "primary"}
            onClick={() => mayLeave() && input.current?.click()}
            disabled={busy}
          >
            {opened ? t.another : t.open}
          </Button>
          {opened && (
            <Button appearance="primary" onClick={() => void download()} title={t.downloadHint}>
              {t.download}
            </Button>
          )}
        </header>
        {!opened && (
          <section
            aria-label={t.drop}
            style={{ border: "2px dashed #8a8886", borderRadius: 8, padding: 24, marginBottom: 12 }}
          >
            <Body1 as="p">{t.intro}</Body1>
            <Caption1 as="p">{t.drop}</Caption1>
          </section>
        )}
        {busy && <Spinner label={t.opening} />}
        {error !== null && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{errorSentence(error, lang, STRINGS[lang])}</MessageBarBody>
          </MessageBar>
        )}
        {opened && (
          <Caption1 as="p" style={{ margin: "0 0 8px" }}>
            {t.file}: <strong>{opened.name}</strong>
            {dirty && ` · ${t.unsaved}`}
          </Caption1>
        )}
        {opened && (
          <HelpPageContext.Provider value={helpPage ?? helpBeside}>
            <SelarasApp
              key={opened.serial}
              engine={opened.engine}
              initialLang={lang}
              onLangChange={setLang}
              onEdited={() => setDirty(true)}
              downloadToSave
              embedded
            />
          </HelpPageContext.Provider>
        )}
        {/* where the planner is looking: a clicked finding's cell stays in view at the bottom */}
        <div
          role="status"
          style={{
            position: "sticky",
            bottom: 0,
            background: "#ffffff",
            borderTop: selected ? "1px solid #8a8886" : "none",
            padding: selected ? "6px 0" : 0,
          }}
        >
          {selected && (
            <Body1>
              {t.selected}: {selected}
            </Body1>
          )}
        </div>
      </main>
    </FluentProvider>
  );
}
