/**
 * The engine across a message channel (the web page and its worker): the page sends a request
 * (a method of FileEngine and its arguments), the worker answers with progress messages, then one
 * result or one error. Requests run one after another, in the order sent. Errors keep their name
 * and message only, so the page shows the same readable notice as on the same thread
 * (taskpane/errors.ts).
 *
 * @example
 *   // in the worker
 *   serveEngine(self, openFileEngine);
 *   // on the page
 *   const engine = await RemoteEngine.open(new Worker(url), bytes, "renstra.xlsx");
 */
import type { Lang } from "../core/messages";
import { reasonOf } from "../core/reasonMessages";
import { ReasonError, type Reason } from "../core/reasons";
import type { Finding, Suggestion } from "../core/findings";
import type { ClearResult } from "../workbook/host";
import type { PatchPlan } from "../workbook/patches";
import type { PkDraftOptions } from "../workbook/pkDraft";
import type { MappingProfile } from "../workbook/profile";
import type { BulkRowTarget } from "./bulk";
import type { EngineProgress, FileEngine, FillOptions, OnProgress } from "./engine";

/** One end of a channel: a Worker, the worker's own global scope, or a MessagePort. */
export interface MessageEnd {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** The methods that cross the channel (everything of FileEngine that is a call). */
export type EngineCall = Exclude<keyof FileEngine, "name" | "close" | "select">;

const CALLS: ReadonlySet<string> = new Set<EngineCall>([
  "read",
  "check",
  "clearHighlights",
  "planFill",
  "apply",
  "undo",
  "report",
  "planAcceptParent",
  "planPk",
  "bulkIndicators",
  "bulkParent",
  "planBulk",
  "pohon",
  "pohonSvg",
  "readProfile",
  "writeProfile",
  "download",
  "cellText",
]);

/** The calls whose last argument is a progress callback: the worker supplies it. */
const WITH_PROGRESS: ReadonlySet<string> = new Set<EngineCall>(["read", "check", "download"]);

export interface EngineRequest {
  id: number;
  method: EngineCall | "open";
  args: unknown[];
}

export type EngineReply =
  | { id: number; kind: "progress"; progress: EngineProgress }
  | { id: number; kind: "done"; value: unknown }
  | { id: number; kind: "failed"; error: PlainError };

/** An error as plain data: its name, its message and its reason (when it has one), never a stack. */
interface PlainError {
  name: string;
  message: string;
  reason?: Reason;
}

function plainError(error: unknown): PlainError {
  const reason = reasonOf(error);
  const withReason = reason ? { reason } : {};
  if (error instanceof Error) return { name: error.name, message: error.message, ...withReason };
  const message = (error as { message?: unknown } | undefined)?.message;
  return {
    name: "Error",
    message: typeof message === "string" ? message : String(error),
    ...withReason,
  };
}

/**
 * The worker's side: opens the workbook on "open", then answers every call on it. The engine is
 * the same one the pane uses on its own thread (LocalFileEngine).
 */
export function serveEngine(
  end: MessageEnd,
  open: (bytes: Uint8Array, name: string) => Promise<FileEngine>
): void {
  let engine: FileEngine | undefined;
  let queue: Promise<void> = Promise.resolve();

  const handle = async ({ id, method, args }: EngineRequest): Promise<void> => {
    const progress = (p: EngineProgress) => end.postMessage({ id, kind: "progress", progress: p });
    try {
      let value: unknown;
      if (method === "open") {
        engine = await open(args[0] as Uint8Array, args[1] as string);
        value = { name: engine.name };
      } else {
        if (!engine || !CALLS.has(method))
          throw new ReasonError({ code: "unknown-request", method: String(method) });
        const fn = engine[method] as (...a: unknown[]) => Promise<unknown>;
        value = await fn.apply(engine, WITH_PROGRESS.has(method) ? [...args, progress] : args);
      }
      end.postMessage({ id, kind: "done", value });
    } catch (error) {
      end.postMessage({ id, kind: "failed", error: plainError(error) });
    }
  };

  end.onmessage = (event) => {
    const request = event.data as EngineRequest;
    queue = queue.then(() => handle(request));
  };
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: OnProgress;
}

/** The page's side: a FileEngine whose every call is a request to the worker. */
export class RemoteEngine implements FileEngine {
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  select?: (sheet: string, cell: string) => Promise<void>;

  private constructor(
    private readonly end: MessageEnd,
    readonly name: string,
    private readonly stop: () => void
  ) {}

  /**
   * Opens `bytes` as a workbook in the worker behind `end`. `stop` ends the worker when the page
   * lets go of the workbook.
   */
  static async open(
    end: MessageEnd,
    bytes: Uint8Array,
    name: string,
    stop: () => void = () => undefined
  ): Promise<RemoteEngine> {
    const engine = new RemoteEngine(end, name, stop);
    end.onmessage = (event) => engine.receive(event.data as EngineReply);
    await engine.call("open", [bytes, name]);
    return engine;
  }

  /** The channel broke (the worker could not start or died): every waiting call fails with it. */
  fail(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private receive(reply: EngineReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === "progress") {
      pending.onProgress?.(reply.progress);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.kind === "done") pending.resolve(reply.value);
    else {
      // a reason comes back as a ReasonError: the page says it in the user's language
      const error = reply.error.reason ? new ReasonError(reply.error.reason) : new Error();
      error.message = reply.error.message;
      error.name = reply.error.name;
      pending.reject(error);
    }
  }

  private call<T>(method: EngineRequest["method"], args: unknown[], onProgress?: OnProgress) {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.end.postMessage({ id, method, args } satisfies EngineRequest);
    });
  }

  read(onProgress?: OnProgress) {
    return this.call<Awaited<ReturnType<FileEngine["read"]>>>("read", [], onProgress);
  }
  check(lang: Lang, onProgress?: OnProgress) {
    return this.call<Awaited<ReturnType<FileEngine["check"]>>>("check", [lang], onProgress);
  }
  clearHighlights() {
    return this.call<ClearResult>("clearHighlights", []);
  }
  planFill(options: FillOptions = {}) {
    return this.call<PatchPlan>("planFill", [options]);
  }
  report(options: { lang: Lang; date: string }) {
    return this.call<string>("report", [options]);
  }
  apply(plan: PatchPlan) {
    return this.call<Awaited<ReturnType<FileEngine["apply"]>>>("apply", [plan]);
  }
  undo() {
    return this.call<Awaited<ReturnType<FileEngine["undo"]>>>("undo", []);
  }
  planAcceptParent(finding: Finding, suggestion: Suggestion) {
    return this.call<Awaited<ReturnType<FileEngine["planAcceptParent"]>>>("planAcceptParent", [
      finding,
      suggestion,
    ]);
  }
  planPk(options?: PkDraftOptions) {
    return this.call<Awaited<ReturnType<FileEngine["planPk"]>>>("planPk", [options]);
  }
  bulkIndicators() {
    return this.call<Awaited<ReturnType<FileEngine["bulkIndicators"]>>>("bulkIndicators", []);
  }
  bulkParent(id: string) {
    return this.call<Awaited<ReturnType<FileEngine["bulkParent"]>>>("bulkParent", [id]);
  }
  planBulk(parentId: string, rows: BulkRowTarget[]) {
    return this.call<PatchPlan>("planBulk", [parentId, rows]);
  }
  pohon(options?: { unit?: string }) {
    return this.call<Awaited<ReturnType<FileEngine["pohon"]>>>("pohon", [options]);
  }
  pohonSvg(options: { unit?: string; lang: Lang }) {
    return this.call<string>("pohonSvg", [options]);
  }
  readProfile() {
    return this.call<MappingProfile | undefined>("readProfile", []);
  }
  writeProfile(profile: MappingProfile) {
    return this.call<void>("writeProfile", [profile]);
  }
  download(onProgress?: OnProgress) {
    return this.call<{ bytes: Uint8Array; macros: boolean }>("download", [], onProgress);
  }
  cellText(sheet: string, cell: string) {
    return this.call<string>("cellText", [sheet, cell]);
  }
  close(): void {
    this.fail(new ReasonError({ code: "workbook-closed" }));
    this.stop();
  }
}
