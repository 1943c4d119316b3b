import type { ApplyResult } from "../workbook/host";
import { reasonText } from "../core/reasonMessages";
import type { Lang, Strings } from "./i18n";
import type { Notice } from "./paneState";

/** What an apply did, as one sentence: cells written, or why nothing was (a protected sheet). */
export function appliedNotice(
  result: ApplyResult,
  t: Strings,
  lang: Lang,
  downloadToSave = false
): Notice {
  if (result.refused.length > 0) {
    return {
      intent: "warning",
      text: t.refused(result.refused.map((r) => reasonText(r.reason, lang)).join("; ")),
    };
  }
  const text = t.applied(result.written);
  return { intent: "success", text: downloadToSave ? `${text} ${t.downloadToKeep}` : text };
}
