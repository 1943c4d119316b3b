/**
 * A workbook opened in a Web Worker, the same for the hosted page (a worker script beside it) and
 * the single file (a worker from a Blob URL of its inlined script).
 */
import type { FileEngine } from "../app/engine";
import { RemoteEngine, type MessageEnd } from "../app/workerProtocol";

/** The worker could not be started or died: the engine runs on the page instead. */
class WorkerUnavailable extends Error {}

/**
 * The engine in `worker`, or undefined when the worker would not start (the caller then runs the
 * engine on the page). A file that is not a workbook is the file's fault and rejects as such.
 */
export async function openInWorker(
  worker: Worker,
  bytes: Uint8Array,
  name: string
): Promise<FileEngine | undefined> {
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
    if (!(error instanceof WorkerUnavailable)) throw error;
    return undefined;
  }
}
