/**
 * The web page's worker: it owns the opened workbook and runs the engine (reading, checking,
 * planning, writing), so the page stays responsive on a workbook of 100 000 rows. No React, no
 * Fluent UI here: only the engine and the .xlsx package host.
 */
import { openFileEngine } from "../app/fileEngine";
import { serveEngine, type MessageEnd } from "../app/workerProtocol";

// the worker's global scope (the project's type library is the page's DOM, not WebWorker)
serveEngine(self as unknown as MessageEnd, openFileEngine);
