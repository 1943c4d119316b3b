/**
 * What every view shares: the host, the last session read, the one operation running (so no two
 * touch the workbook at once and no button runs twice), its progress, and the message bar.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import type { ReadProgress, WorkbookHost } from "../workbook/host";
import { openSession, type Session } from "../workbook/operations";
import { errorSentence } from "./errors";
import type { I18n, Strings } from "./i18n";

export type OperationName = keyof Strings["operations"];

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

export interface Pane {
  host: WorkbookHost;
  /** The workbook as last read; views read their data from it. */
  session?: Session;
  /** Bumped whenever the pane changed the workbook or its mapping: older results are stale. */
  edits: number;
  busy?: OperationName;
  progress?: ReadProgress;
  notice?: Notice;
  setNotice(notice: Notice | undefined): void;
  /**
   * Runs one operation: refused while another runs, its error turned into a readable notice.
   * Resolves true when it finished without an error.
   */
  run(name: OperationName, work: () => Promise<void>): Promise<boolean>;
  /** Reads the workbook afresh (with progress); call inside run. */
  read(): Promise<Session>;
  /** Marks the workbook changed by the pane. */
  markEdited(): void;
}

export const PaneContext = createContext<Pane | undefined>(undefined);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside SelarasApp");
  return pane;
}

export function usePaneState(host: WorkbookHost, i18n: I18n): Pane {
  const [session, setSession] = useState<Session>();
  const [edits, setEdits] = useState(0);
  const [busy, setBusy] = useState<OperationName>();
  const [progress, setProgress] = useState<ReadProgress>();
  const [notice, setNotice] = useState<Notice>();
  // state updates are asynchronous: a ref stops a double click from starting a second run
  const running = useRef(false);
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;

  const run = useCallback(async (name: OperationName, work: () => Promise<void>) => {
    if (running.current) return false;
    running.current = true;
    setBusy(name);
    setNotice(undefined);
    try {
      await work();
      return true;
    } catch (error) {
      const { lang, t } = i18nRef.current;
      setNotice({
        intent: "error",
        text: t.failed(t.operations[name], errorSentence(error, lang, t)),
      });
      return false;
    } finally {
      running.current = false;
      setBusy(undefined);
      setProgress(undefined);
    }
  }, []);

  const read = useCallback(async () => {
    const s = await openSession(host, undefined, (p) => setProgress(p));
    setProgress(undefined);
    setSession(s);
    return s;
  }, [host]);

  const markEdited = useCallback(() => setEdits((n) => n + 1), []);

  return useMemo(
    () => ({
      host,
      session,
      edits,
      busy,
      progress,
      notice,
      setNotice,
      run,
      read,
      markEdited,
    }),
    [host, session, edits, busy, progress, notice, run, read, markEdited]
  );
}
