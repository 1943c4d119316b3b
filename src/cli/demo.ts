/**
 * `selaras demo`: builds the bundled sample workbook, checks it, fills the child units, checks the
 * result, and writes the three workbooks to the output folder.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Lang } from "../core/messages";
import { CLI_WORDS } from "./words";
import { XlsxWorkbook } from "../hosts/xlsx/xlsxWorkbook";
import { sampleWorkbook } from "../sample/sampleWorkbook";
import { xlsxFromSpec } from "../sample/spec";
import { annotate } from "../app/annotate";
import { applySessionFill, planSessionFill } from "../app/fill";
import { checkSession, openSession } from "../app/session";
import { detectionText, fillText, findingsText } from "./output";

export async function runDemo(
  outDir: string,
  lang: Lang,
  out: (s: string) => void
): Promise<number> {
  await fs.mkdir(outDir, { recursive: true });
  const samplePath = path.join(outDir, "sampel-badan.xlsx");
  const bytes = await xlsxFromSpec(sampleWorkbook());
  await fs.writeFile(samplePath, bytes);
  const w = CLI_WORDS[lang];

  const original = await XlsxWorkbook.open(bytes, "sampel-badan.xlsx");
  const session = await openSession(original);
  const before = checkSession(session);
  out(`${w.sample(samplePath)}\n${detectionText(session.read, lang)}\n\n`);
  out(`${findingsText(w.beforeFill, before, lang)}\n\n`);

  const { plan } = planSessionFill(session);
  await applySessionFill(original, session, plan);
  const filledPath = path.join(outDir, "sampel-badan.terisi.xlsx");
  await fs.writeFile(filledPath, await original.toBuffer());
  out(`${fillText(plan, lang, false)}\n${w.writtenTo(filledPath)}\n\n`);

  const filled = await XlsxWorkbook.open(await fs.readFile(filledPath), "sampel-badan.terisi.xlsx");
  const afterSession = await openSession(filled);
  const after = checkSession(afterSession);
  await annotate(filled, after, lang, filled.sheetNames());
  const checkedPath = path.join(outDir, "sampel-badan.periksa.xlsx");
  await fs.writeFile(checkedPath, await filled.toBuffer());
  out(`${findingsText(w.afterFill, after, lang)}\n`);
  out(`${w.annotatedCopy(checkedPath)}\n`);
  return 0;
}
