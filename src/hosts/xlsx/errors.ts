import { ReasonError, type FileReason } from "../../core/reasons";

/** A workbook that cannot be opened, with its reason (said in the user's language by the caller). */
export class BadWorkbookError extends ReasonError {
  constructor(reason: FileReason) {
    super(reason);
    this.name = "BadWorkbookError";
  }
}

export function damaged(name: string): BadWorkbookError {
  return new BadWorkbookError({ code: "file-damaged", file: name });
}
