/**
 * "Cetak laporan": the report as a document the planner prints or saves as PDF. On the web page it
 * opens in a new tab with the print dialog; in Excel's pane (whose windows are the host's) it is
 * downloaded as an .html file to open and print; where a tab cannot be opened, downloaded too.
 */

/** Today as "2026-12-05", in the planner's own time zone (the day printed on the report). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Returns how the report was given: "opened" in a tab, or "downloaded". */
export function showReport(
  html: string,
  fileName: string,
  openTab: boolean
): "opened" | "downloaded" {
  const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
  const tab = openTab ? window.open(url, "_blank") : null;
  if (tab) {
    tab.addEventListener("load", () => tab.print());
    // the tab keeps its copy of the document; the URL is let go once it had time to load
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return "opened";
  }
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return "downloaded";
}
