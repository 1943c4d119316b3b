/**
 * What every view shares: the engine (on this thread or in a worker), the workbook as last read, the one operation running (so no two
 * touch the workbook at once and no button runs twice), its progress, and the message bar.
 */
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from "react";
import type { CheckOutcome, Engine, EngineProgress, WorkbookSummary } from "../app/engine";
import { errorSentence } from "./errors";
import { useI18n, type I18n, type Strings } from "./i18n";

export type OperationName = keyof Strings["operations"];

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/** The last check, and the workbook state it describes (`edits` when it ran). */
export interface LastCheck {
  result: CheckOutcome;
  edits: number;
  /** No indicator table was found: nothing was coloured. */
  empty: boolean;
}

export interface Pane {
  engine: Engine;
  /** The workbook as last read; views plan on this read. */
  workbook?: WorkbookSummary;
  /** Bumped whenever the pane changed the workbook or its mapping: older results are stale. */
  edits: number;
  busy?: OperationName;
  progress?: EngineProgress;
  notice?: Notice;
  setNotice(notice: Notice | undefined): void;
  /**
   * Runs one operation: refused while another runs, its error turned into a readable notice.
   * Resolves true when it finished without an error.
   */
  run(name: OperationName, work: () => Promise<void>): Promise<boolean>;
  /** Reads the workbook afresh (with progress); call inside run. */
  read(): Promise<WorkbookSummary>;
  /** Marks the workbook changed by the pane. */
  markEdited(): void;
  /** The workbook is a file in the browser: changes are kept only by downloading it. */
  downloadToSave: boolean;
  /** The last check, while the workbook is as it was then. */
  check?: LastCheck;
  /** Reads, checks and colours the workbook; call inside run. */
  checkNow(): Promise<LastCheck>;
  /**
   * After the pane wrote to the workbook: marks it changed and, when it had been checked, checks
   * it again, so the findings shown, coloured and downloaded are the workbook's as it now is.
   */
  afterWrite(): Promise<void>;
}

export const PaneContext = createContext<Pane | undefined>(undefined);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside SelarasApp");
  return pane;
}

export function usePaneState(
  engine: Engine,
  i18n: I18n,
  onEdited?: () => void,
  downloadToSave = false
): Pane {
  const [workbook, setWorkbook] = useState<WorkbookSummary>();
  const [edits, setEdits] = useState(0);
  // the count as of now (state lags a render): a check made right after a write records it
  const editsRef = useRef(0);
  const [check, setCheck] = useState<LastCheck>();
  const checkedOnce = useRef(false);
  const onEditedRef = useRef(onEdited);
  onEditedRef.current = onEdited;
  const [busy, setBusy] = useState<OperationName>();
  const [progress, setProgress] = useState<EngineProgress>();
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
    const w = await engine.read((p) => setProgress(p));
    setProgress(undefined);
    setWorkbook(w);
    return w;
  }, [engine]);

  const markEdited = useCallback(() => {
    editsRef.current += 1;
    setEdits(editsRef.current);
    onEditedRef.current?.();
  }, []);

  const checkNow = useCallback(async () => {
    const { check: result, workbook: w } = await engine.check(i18nRef.current.lang, (p) =>
      setProgress(p)
    );
    setProgress(undefined);
    const last = { result, edits: editsRef.current, empty: result.empty };
    checkedOnce.current = true;
    // drawn as a transition: React draws a thousand findings in slices, between which the page
    // still answers clicks and scrolls (one long task froze it on a large workbook)
    startTransition(() => {
      setWorkbook(w);
      setCheck(last);
    });
    return last;
  }, [engine]);

  const afterWrite = useCallback(async () => {
    markEdited();
    if (checkedOnce.current) await checkNow();
    else await read();
  }, [markEdited, checkNow, read]);

  return useMemo(
    () => ({
      engine,
      workbook,
      edits,
      busy,
      progress,
      notice,
      setNotice,
      run,
      read,
      markEdited,
      downloadToSave,
      check: check && check.edits === edits ? check : undefined,
      checkNow,
      afterWrite,
    }),
    [
      engine,
      workbook,
      edits,
      busy,
      progress,
      notice,
      run,
      read,
      markEdited,
      downloadToSave,
      check,
      checkNow,
      afterWrite,
    ]
  );
}

/**
 * Selecting a cell for the planner (a finding's, a tree node's), its failure said in the notice
 * bar; undefined where the host has no cells to select.
 */
export function useSelectCell(): ((sheet: string, cell: string) => void) | undefined {
  const { engine, setNotice } = usePane();
  const { lang, t } = useI18n();
  const select = engine.select?.bind(engine);
  if (!select) return undefined;
  return (sheet, cell) => {
    select(sheet, cell).catch((error: unknown) =>
      setNotice({
        intent: "error",
        text: t.failed(t.operations.select, errorSentence(error, lang, t)),
      })
    );
  };
}
