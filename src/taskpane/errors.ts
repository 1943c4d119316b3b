/**
 * Errors as one readable sentence for a MessageBar: the message's first line in the user's
 * language, never a stack or an object dump.
 */
import { pickLang, type Lang, type Strings } from "./i18n";

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
  const raw = messageOf(error)
    ?.split("\n")[0]
    .replace(/^(\w+\.)?\w*Error:\s*/, "")
    .trim();
  if (!raw) return t.unknownError;
  let text = pickLang(raw, lang);
  if (text.length > MAX_LENGTH) text = `${text.slice(0, MAX_LENGTH - 1)}…`;
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
