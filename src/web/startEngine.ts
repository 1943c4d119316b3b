/**
 * The engine for a workbook opened on the web page: in a Web Worker, so reading and checking a
 * large workbook never freezes the page; on the page itself where a worker cannot start — chromium
 * refuses a worker script from a page opened straight from a folder (file://).
 */
import type { FileEngine } from "../app/engine";
import { openInWorker } from "./workerEngine";

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
  const engine = worker && (await openInWorker(worker, bytes, name));
  if (engine) return engine;
  const { openFileEngine } = await import("../app/fileEngine");
  return openFileEngine(bytes, name);
}
