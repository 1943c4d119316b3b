/**
 * The engine for a workbook opened on the web page: in a Web Worker, so reading and checking a
 * large workbook never freezes the page; on the page itself where a worker cannot start — chromium
 * refuses a worker script from a page opened straight from a folder (file://).
 */
import type { FileEngine } from "../app/engine";
import { RemoteEngine, type MessageEnd } from "../app/workerProtocol";

/** The worker could not be started or died: the engine runs on the page instead. */
class WorkerUnavailable extends Error {}

function startWorker(): Worker | undefined {
  if (typeof Worker === "undefined") return undefined;
  try {
    // webpack makes the worker its own chunk (the engine and the .xlsx host, no UI); tsc's
    // CommonJS settings (for the CLI and jest) do not know import.meta, webpack's ES modules do
    // @ts-expect-error TS1343
    return new Worker(new URL("./engine.worker.ts", import.meta.url));
  } catch {
    return undefined;
  }
}

export async function startFileEngine(bytes: Uint8Array, name: string): Promise<FileEngine> {
  const worker = startWorker();
  if (worker) {
    let engine: RemoteEngine | undefined;
    let broken: ((error: Error) => void) | undefined;
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new WorkerUnavailable(event.message || "worker");
      if (engine) engine.fail(error);
      else broken?.(error);
    };
    try {
      engine = await Promise.race([
        RemoteEngine.open(worker as unknown as MessageEnd, bytes, name, () => worker.terminate()),
        new Promise<never>((_, reject) => (broken = reject)),
      ]);
      return engine;
    } catch (error) {
      worker.terminate();
      // a file that is not a workbook is the file's fault, said as such; a worker that would not
      // start is the page's, and the page does the work itself
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  const { openFileEngine } = await import("../app/fileEngine");
  return openFileEngine(bytes, name);
}
