/**
 * CSV as Excel with an Indonesian locale saves it: ";" separated (else "," or a tab), RFC-4180 quoting,
 * CRLF. Every value stays text, as the user typed it.
 */
export function parseCsv(text: string): string[][] {
  // the separator the first line uses most: ";" (Indonesian Excel), "," or a tab ("Unicode Text")
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => firstLine.split(c).length - 1;
  const sep = [";", ",", "\t"].reduce((best, c) => (count(c) > count(best) ? c : best), ";");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
