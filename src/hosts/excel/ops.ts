/**
 * Write operations as queued commands with their payload size, run in chunks with calculation
 * suspended until each sync: one block of cells is one `values` assignment.
 */
import { blockAddress, blockSize, blocks, sliceBlock, type Block, type CellWrite } from "./cells";
import { inChunks } from "./chunks";

export interface Op {
  /** Bytes the command sends. */
  size: number;
  queue(context: Excel.RequestContext): void;
}

export async function runOps(
  context: Excel.RequestContext,
  ops: Op[],
  budget: number
): Promise<void> {
  await inChunks(context, ops, budget, {
    size: (op) => op.size,
    queue: (op) => op.queue(context),
    // recalculating after every block would cost more than the writes
    beforeSync: () => context.application.suspendApiCalculationUntilNextSync(),
  });
}

/** Cells of one sheet as `values` (and `numberFormat`) assignments, a block each, within budget. */
export function cellOps(sheet: string, cells: CellWrite[], budget: number): Op[] {
  return blocks(cells)
    .flatMap((b) => sliceBlock(b, budget))
    .map((b) => blockOp(sheet, b));
}

function blockOp(sheet: string, block: Block): Op {
  return {
    size: blockSize(block),
    queue(context) {
      const range = context.workbook.worksheets.getItem(sheet).getRange(blockAddress(block));
      // the format first, so a value lands in the cell's own format
      if (block.numberFormat) range.numberFormat = block.numberFormat as string[][];
      range.values = block.values;
    },
  };
}

export function rangeOp(sheet: string, address: string, act: (range: Excel.Range) => void): Op {
  return {
    size: 96 + address.length,
    queue(context) {
      act(context.workbook.worksheets.getItem(sheet).getRange(address));
    },
  };
}
