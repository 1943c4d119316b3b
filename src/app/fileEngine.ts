/**
 * The engine over a file opened in the browser (the web page): an .xlsx, .xlsm or CSV as a
 * FileWorkbook, with what the page needs beyond the pane — the bytes to download and a cell's text
 * for "selected cell". Runs inside the page's worker, or on the page itself where no worker may
 * start (a page opened from a folder).
 *
 * @example
 *   const engine = await openFileEngine(new Uint8Array(await file.arrayBuffer()), file.name);
 *   const { bytes, macros } = await engine.download();
 */
import { XlsxWorkbook, type FileWorkbook } from "../hosts/xlsx/xlsxWorkbook";
import type { Lang } from "../core/messages";
import type { FileEngine, OnProgress } from "./engine";
import { LocalEngine } from "./localEngine";

export class LocalFileEngine extends LocalEngine implements FileEngine {
  readonly name: string;

  constructor(private readonly file: FileWorkbook) {
    super(file);
    this.name = file.name;
  }

  async download(onProgress?: OnProgress) {
    onProgress?.({ phase: "save" });
    return { bytes: await this.file.toBytes(), macros: this.file.hasMacros() };
  }

  /** The report names the file it was made from. */
  override report(options: { lang: Lang; date: string }): Promise<string> {
    return super.report({ ...options, workbook: this.name });
  }

  async cellText(sheet: string, cell: string): Promise<string> {
    return this.file.cellText(sheet, cell);
  }

  close(): void {
    // nothing held outside this object: the garbage collector takes the workbook
  }
}

export async function openFileEngine(bytes: Uint8Array, name: string): Promise<LocalFileEngine> {
  return new LocalFileEngine(await XlsxWorkbook.open(bytes, name));
}
