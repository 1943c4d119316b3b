import { mountWebPage } from "./mount";

// The hosted page (dist/index.html): the engine is loaded only when a workbook is opened (the first
// page stays light), in a worker that owns the workbook from then on.
mountWebPage({
  startEngine: async (bytes, name) => (await import("./startEngine")).startFileEngine(bytes, name),
});
