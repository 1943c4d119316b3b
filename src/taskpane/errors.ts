/**
 * Errors as one readable sentence for a MessageBar: an error's reason in the user's language
 * (core/reasonMessages.ts), else its message's first line; never a stack or an object dump.
 */
import { reasonOf, reasonText } from "../core/reasonMessages";
import type { Lang, Strings } from "./i18n";

const MAX_LENGTH = 300;

function messageOf(error: unknown): string | undefined {
  if (typeof error === "string") return error;
  if (error && typeof error === "object") {
    // Error, OfficeExtension.Error and plain { message } objects thrown by hosts
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string") return message;
  }
  return undefined;
}

export function errorSentence(error: unknown, lang: Lang, t: Strings): string {
  const reason = reasonOf(error);
  const raw = (reason ? reasonText(reason, lang) : messageOf(error))
    ?.split("\n")[0]
    .replace(/^(\w+\.)?\w*Error:\s*/, "")
    .trim();
  if (!raw) return t.unknownError;
  let text = raw;
  if (text.length > MAX_LENGTH) text = `${text.slice(0, MAX_LENGTH - 1)}…`;
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
