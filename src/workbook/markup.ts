/**
 * Text into markup that is both HTML and well-formed XML: the five special characters escaped and
 * the characters XML 1.0 cannot hold dropped (a control character pasted into a unit's name must
 * not break the printed report).
 */

/** Text content. */
export function xmlText(s: string): string {
  return xmlChars(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value, for double quotes; line breaks become spaces. */
export function xmlAttr(s: string): string {
  return xmlText(s.replace(/[\r\n\t]+/g, " "))
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Only the characters XML 1.0 allows: tab, line breaks, and everything from space up but U+FFFE/F. */
function xmlChars(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(
    // a lone surrogate (half of a character cut in two) is not a character
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    ""
  );
}
