/**
 * The engine for the single-file page (dist/selaras.html): its worker's script is a string inside
 * the page. Chromium refuses `new Worker(file://…)` but starts a worker from a Blob URL; where even
 * that fails, the same script runs on the page, talking over a MessageChannel as it would to the
 * page from a worker — so the engine is in the file once, not twice.
 */
import type { FileEngine } from "../app/engine";
import { RemoteEngine, type MessageEnd } from "../app/workerProtocol";
import { openInWorker } from "./workerEngine";

// named once: webpack writes a defined constant out at every place it is used
const engineScript: string = SELARAS_ENGINE_SOURCE;
let scriptUrl: string | undefined;

function startWorker(): Worker | undefined {
  if (typeof Worker === "undefined" || typeof Blob === "undefined") return undefined;
  try {
    // one Blob URL for the page's life: a worker may fetch it after the constructor returns
    scriptUrl ??= URL.createObjectURL(new Blob([engineScript], { type: "text/javascript" }));
    return new Worker(scriptUrl);
  } catch {
    return undefined;
  }
}

/** The worker's script run on this thread, its `self` one end of a channel. */
function openOnPage(bytes: Uint8Array, name: string): Promise<FileEngine> {
  const channel = new MessageChannel();
  new Function("self", engineScript)(channel.port1);
  const close = () => {
    channel.port1.close();
    channel.port2.close();
  };
  return RemoteEngine.open(channel.port2 as unknown as MessageEnd, bytes, name, close).catch(
    (error: unknown) => {
      close();
      throw error;
    }
  );
}

export async function startInlineEngine(bytes: Uint8Array, name: string): Promise<FileEngine> {
  const worker = startWorker();
  const engine = worker && (await openInWorker(worker, bytes, name));
  return engine ?? openOnPage(bytes, name);
}

let helpUrl: string | undefined;

/** The help page, inlined too: opened from a Blob URL at the anchor asked for. */
export function inlineHelpPage(anchor: string): string {
  helpUrl ??= URL.createObjectURL(new Blob([SELARAS_HELP_HTML], { type: "text/html" }));
  return `${helpUrl}#${anchor}`;
}
