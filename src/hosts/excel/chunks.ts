/**
 * Chunked batches: work is queued item by item and synced whenever the queued payload reaches the
 * byte budget, so the number of context.sync() calls grows with ~4 MB chunks, never with rows or
 * cells. A batch Excel refuses as too large is split in halves and tried again.
 */
import { isPayloadTooLarge } from "./runtime";

/** Under Excel on the web's 5 MB request and response limit, with room for the envelope. */
export const DEFAULT_CHUNK_BYTES = 4_000_000;

export interface ChunkJob<T, H> {
  /** Estimated bytes the item sends or receives. */
  size(item: T): number;
  /** Queues the item's commands and loads; the handle is read after the sync. */
  queue(item: T): H;
  done?(item: T, handle: H): void;
  /** Smaller items doing the same work, for a single item Excel found too large. */
  split?(item: T): T[] | undefined;
  /** Called before every sync (e.g. to suspend calculation until it). */
  beforeSync?(): void;
}

export async function inChunks<T, H>(
  context: Excel.RequestContext,
  items: T[],
  budget: number,
  job: ChunkJob<T, H>
): Promise<void> {
  let batch: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = job.size(item);
    if (batch.length > 0 && bytes + size > budget) {
      await attempt(context, batch, job);
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += size;
  }
  if (batch.length > 0) await attempt(context, batch, job);
}

async function attempt<T, H>(
  context: Excel.RequestContext,
  items: T[],
  job: ChunkJob<T, H>
): Promise<void> {
  const handles = items.map((item) => job.queue(item));
  job.beforeSync?.();
  try {
    await context.sync();
  } catch (err) {
    if (!isPayloadTooLarge(err)) throw err;
    const parts = items.length > 1 ? items : (job.split?.(items[0]) ?? []);
    if (parts.length < 2) throw err;
    const half = Math.ceil(parts.length / 2);
    await attempt(context, parts.slice(0, half), job);
    await attempt(context, parts.slice(half), job);
    return;
  }
  items.forEach((item, i) => job.done?.(item, handles[i]));
}
