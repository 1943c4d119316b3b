/** A workbook that cannot be opened, with a one-line reason in both languages. */
export class BadWorkbookError extends Error {}

export function damaged(name: string): BadWorkbookError {
  return new BadWorkbookError(
    `${name}: file .xlsx rusak dan tidak dapat dibuka; buka di Excel dan simpan ulang / the .xlsx file is damaged and cannot be opened: open it in Excel and save it again`
  );
}
