/** The `selaras` command (DESIGN.md §6): check, fill, pk, tree and demo over .xlsx files. */
import { Command, CommanderError, Option } from "commander";
import { SingleBar } from "cli-progress";
import { promises as fs, readFileSync } from "fs";
import * as path from "path";
import { langFrom, type Lang } from "../core/messages";
import { errorText, reasonOf, reasonText } from "../core/reasonMessages";
import type { Reason } from "../core/reasons";
import type { ApplyResult } from "../workbook/host";
import { BadWorkbookError, XlsxWorkbook, type FileWorkbook } from "../hosts/xlsx/xlsxWorkbook";
import { annotate } from "../app/annotate";
import { applySessionFill, planSessionFill } from "../app/fill";
import { checkSession, hasIndicatorTable, openSession, type Session } from "../app/session";
import { planSessionPk } from "../app/pk";
import { mappingFromText, PROFILE_SHEET, ProfileError, type MappingProfile } from "../app/profile";
import { CLI_WORDS } from "./words";
import { HELP_WORDS, helpConfiguration, isUsageError, usageErrorText } from "./helpWords";
import {
  checkJson,
  detectionText,
  failedJson,
  fillJson,
  fillText,
  findingsText,
  pkJson,
  pkText,
  type CheckJson,
} from "./output";
import { nearestUnitNames } from "../core/planIndex";
import type { CheckResult } from "../core/check";
import { unitKey } from "../core/text";
import { pohonPicture } from "../app/pohon";
import { checkReport } from "../app/report";

/**
 * A problem with the input or the usage: exit code 2. Its reason; or, when it says more than one
 * (several refused sheets, a detection summary), its text already in the --lang language.
 */
export class UsageError extends Error {
  readonly reason?: Reason;
  constructor(said: Reason | string) {
    super(typeof said === "string" ? said : reasonText(said, "id"));
    if (typeof said !== "string") this.reason = said;
    this.name = "UsageError";
  }
}

/** Why nothing was written, in the user's language: each refused sheet's reason. */
function refusedText(refused: ApplyResult["refused"], lang: Lang): string {
  return refused.map((r) => reasonText(r.reason, lang)).join("; ");
}

/** No IKU table: said with the detection summary, so the user sees what was read instead. */
function noTableError(file: string, session: Session, lang: Lang): UsageError {
  return new UsageError(
    `${reasonText({ code: "no-iku-table", file: path.basename(file) }, lang)}\n${detectionText(session.read, lang)}`
  );
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: !!process.stderr.isTTY,
};

/** The --lang given anywhere on the line ("--lang en", "--lang=en"), before commander reads it. */
function langOfArgs(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "id";
  return langFrom(argv[i].includes("=") ? argv[i].slice("--lang=".length) : argv[i + 1]);
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let exitCode = 0;
  // help and errors before a command runs (a bad file, a bad profile) speak --lang too
  const lang = langOfArgs(argv);
  const help = HELP_WORDS[lang];
  const program = new Command()
    .name("selaras")
    .description(help.program)
    .version(packageVersion(), "-V, --version", help.version)
    // each command inherits these two when it is made
    .helpOption("-h, --help", help.help)
    .helpCommand("help [command]", help.help)
    .configureHelp(helpConfiguration(lang))
    .exitOverride()
    // usage errors are said in the catch below, in --lang
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });

  const langOption = () =>
    new Option("--lang <lang>", "id | en").choices(["id", "en"]).default("id");
  const format = () =>
    new Option("--format <format>", "text | json").choices(["text", "json"]).default("text");

  program
    .command("check")
    .description(help.check)
    .argument("<workbooks...>", help.workbooks)
    .option("--profile <file>", help.profile)
    .addOption(format())
    .addOption(langOption())
    .option("--out <file>", help.annotated)
    .option("--out-dir <dir>", help.annotatedDir)
    .option("--show-ids", help.showIds)
    .action(async (files: string[], opts: CheckOptions) => {
      exitCode = await check(files, opts, io);
    });

  program
    .command("fill")
    .description(help.fill)
    .argument("<workbook>", help.workbook)
    .requiredOption("--out <file>", help.filled)
    .option("--profile <file>", help.profile)
    .option("--dry-run", help.dryRunFill)
    .option("--accept-conflicts", help.acceptConflicts)
    .option("--new-sheets", help.newSheets)
    .addOption(format())
    .addOption(langOption())
    .action(async (file: string, opts: FillOptions) => {
      exitCode = await fill(file, opts, io);
    });

  program
    .command("pk")
    .description(help.pk)
    .argument("<workbook>", help.workbook)
    .requiredOption("--out <file>", help.pkOut)
    .option("--units <names...>", help.units)
    .option("--year <year>", help.year)
    .option("--profile <file>", help.profile)
    .option("--dry-run", help.dryRunPk)
    .addOption(format())
    .addOption(langOption())
    .action(async (file: string, opts: PkOptions) => {
      exitCode = await draftPk(file, opts, io);
    });

  program
    .command("tree")
    .description(help.tree)
    .argument("<workbook>", help.workbook)
    .requiredOption("--out <file>", help.treeOut)
    .option("--unit <name>", help.unit)
    .option("--profile <file>", help.profile)
    .addOption(langOption())
    .action(async (file: string, opts: TreeOptions) => {
      exitCode = await drawTree(file, opts, io);
    });

  program
    .command("report")
    .description(help.report)
    .argument("<workbook>", help.workbook)
    .requiredOption("--out <file>", help.reportOut)
    .option("--unit <name>", help.unit)
    .option("--date <yyyy-mm-dd>", help.date)
    .option("--profile <file>", help.profile)
    .addOption(langOption())
    .action(async (file: string, opts: ReportOptions) => {
      exitCode = await writeReport(file, opts, io);
    });

  program
    .command("demo")
    .description(help.demo)
    .option("--out <dir>", help.demoOut, "out/demo")
    .addOption(langOption())
    .action(async (opts: { out: string; lang: Lang }) => {
      // loaded here, not at start: the demo builds its sample with ExcelJS, which costs every
      // other command a third of a second to load
      const { runDemo } = await import("./demo");
      exitCode = await runDemo(opts.out, opts.lang, io.out);
    });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (isUsageError(err)) io.err(`${usageErrorText(err, lang)}\n`);
      return err.exitCode === 0 ? 0 : 2;
    }
    if (
      err instanceof UsageError ||
      err instanceof BadWorkbookError ||
      err instanceof ProfileError
    ) {
      io.err(`selaras: ${errorText(err, lang)}\n`);
      return 2;
    }
    io.err(`selaras: ${errorText(err, lang)}\n`);
    return 2;
  }
}

/** The version in package.json (two folders up from src/cli and from lib/cli alike). */
function packageVersion(): string {
  try {
    const pkg = readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8");
    return (JSON.parse(pkg) as { version?: string }).version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

interface CheckOptions {
  profile?: string;
  format: "text" | "json";
  lang: Lang;
  out?: string;
  outDir?: string;
  showIds?: boolean;
}

async function loadProfile(file: string | undefined): Promise<MappingProfile | undefined> {
  if (!file) return undefined;
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new UsageError({ code: "profile-unreadable", file });
  }
  return mappingFromText(text, file);
}

async function openFile(file: string): Promise<FileWorkbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    throw new BadWorkbookError({ code: "file-unreadable", file });
  }
  if (!/\.(xlsx|xlsm|csv)$/i.test(file)) {
    throw new BadWorkbookError({ code: "file-not-xlsx", file });
  }
  return XlsxWorkbook.open(data, path.basename(file));
}

/**
 * The same file by identity, not by spelling: a symbolic or hard link to the input is the input.
 * An --out that is a folder is refused here too, with the reason.
 */
async function refuseOut(out: string, input: string): Promise<void> {
  const outStat = await fs.stat(out).catch(() => undefined);
  if (outStat?.isDirectory()) throw new UsageError({ code: "out-is-folder", out });
  // an .xlsm keeps its macros only under its own extension (Excel refuses an .xlsx with macros, and
  // an .xlsm without them)
  const wanted = /\.xlsm$/i.test(input) ? ".xlsm" : ".xlsx";
  if (path.extname(out).toLowerCase() !== wanted)
    throw new UsageError({ code: wanted === ".xlsm" ? "out-needs-xlsm" : "out-needs-xlsx", out });
  const inStat = await fs.stat(input).catch(() => undefined);
  const same =
    path.resolve(out) === path.resolve(input) ||
    (!!outStat && !!inStat && outStat.dev === inStat.dev && outStat.ino === inStat.ino);
  if (same) throw new UsageError({ code: "out-is-input", input });
}

async function check(files: string[], opts: CheckOptions, io: Io): Promise<number> {
  if (opts.out && files.length > 1) throw new UsageError({ code: "out-one-workbook" });
  for (const f of files) {
    if (opts.out) await refuseOut(opts.out, f);
    if (opts.outDir) await refuseOut(path.join(opts.outDir, annotatedName(f)), f);
  }
  const profile = await loadProfile(opts.profile);
  const results: CheckJson[] = [];
  let code = 0;
  const bar =
    io.isTTY && opts.format === "text"
      ? new SingleBar({
          format: " {bar} {value}/{total} {file}",
          hideCursor: true,
          stream: process.stderr,
        })
      : undefined;
  bar?.start(files.length, 0, { file: "" });
  const texts: string[] = [];
  for (const [i, file] of files.entries()) {
    bar?.update(i, { file: path.basename(file) });
    try {
      const host = await openFile(file);
      const session = await openSession(host, profile);
      if (opts.showIds) session.read.plan.settings.showIds = true;
      const name = path.basename(file);
      if (!hasIndicatorTable(session)) {
        const reason: Reason = { code: "no-iku-table", file: name };
        const message = reasonText(reason, opts.lang);
        results.push({
          ...failedJson(name, message, reason),
          sheets: checkJson(name, session.read, checkSession(session), opts.lang).sheets,
        });
        texts.push(`${message}\n${detectionText(session.read, opts.lang)}`);
        code = 2;
        continue;
      }
      const result = checkSession(session);
      results.push(checkJson(name, session.read, result, opts.lang));
      texts.push(
        `${detectionText(session.read, opts.lang)}\n${findingsText(name, result, opts.lang)}`
      );
      if (result.summary.errors > 0 && code === 0) code = 1;
      const out =
        opts.out ?? (opts.outDir ? path.join(opts.outDir, annotatedName(file)) : undefined);
      if (out) {
        await annotate(host, result, opts.lang, host.sheetNames());
        await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
        await fs.writeFile(out, await host.toBuffer());
        texts.push(CLI_WORDS[opts.lang].annotatedCopy(out));
      }
    } catch (err) {
      // one workbook that cannot be read (or whose profile sheet cannot) is reported; the others
      // are still checked, and the exit code is the worst
      if (
        !(err instanceof BadWorkbookError) &&
        !(err instanceof UsageError) &&
        !(err instanceof ProfileError)
      )
        throw err;
      const message = errorText(err, opts.lang);
      results.push(failedJson(path.basename(file), message, reasonOf(err)));
      texts.push(`selaras: ${message}`);
      code = 2;
    }
  }
  bar?.update(files.length, { file: "" });
  bar?.stop();
  if (opts.format === "json")
    io.out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + "\n");
  else io.out(texts.join("\n\n") + "\n");
  return code;
}

function annotatedName(file: string): string {
  const ext = /\.xlsm$/i.test(file) ? ".xlsm" : ".xlsx";
  return path.basename(file).replace(/\.(xlsx|xlsm|csv)$/i, "") + `.periksa${ext}`;
}

interface FillOptions {
  out: string;
  profile?: string;
  dryRun?: boolean;
  acceptConflicts?: boolean;
  newSheets?: boolean;
  format: "text" | "json";
  lang: Lang;
}

interface PkOptions {
  out: string;
  units?: string[];
  year?: string;
  profile?: string;
  dryRun?: boolean;
  format: "text" | "json";
  lang: Lang;
}

async function draftPk(file: string, opts: PkOptions, io: Io): Promise<number> {
  await refuseOut(opts.out, file);
  const year = opts.year === undefined ? undefined : Number(opts.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200))
    throw new UsageError({ code: "not-a-year", year: opts.year ?? "" });
  const host = await openFile(file);
  const session = await openSession(host, await loadProfile(opts.profile));
  if (!hasIndicatorTable(session)) {
    throw noTableError(file, session, opts.lang);
  }
  const draft = planSessionPk(session, { units: opts.units, year });
  if (!opts.dryRun && draft.drafted.length > 0) {
    const result = await applySessionFill(host, session, draft.plan);
    if (result.refused.length > 0) throw new UsageError(refusedText(result.refused, opts.lang));
    await fs.mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
    await fs.writeFile(opts.out, await host.toBuffer());
  }
  if (opts.format === "json") io.out(JSON.stringify(pkJson(draft, opts.lang), null, 2) + "\n");
  else {
    const lines = [pkText(draft, opts.lang, !!opts.dryRun)];
    if (!opts.dryRun && draft.drafted.length > 0)
      lines.push(CLI_WORDS[opts.lang].writtenTo(opts.out));
    io.out(lines.join("\n") + "\n");
  }
  return 0;
}

interface TreeOptions {
  out: string;
  unit?: string;
  profile?: string;
  lang: Lang;
}

/** Boxes beyond which a whole-workbook tree is hard to read on one page. */
const LARGE_TREE = 2000;

/** `selaras tree`: the pohon kinerja of a workbook (or of one unit) as an SVG picture. */
async function drawTree(file: string, opts: TreeOptions, io: Io): Promise<number> {
  if (path.extname(opts.out).toLowerCase() !== ".svg")
    throw new UsageError({ code: "out-needs-svg", out: opts.out });
  await refuseFolder(opts.out);
  const profile = await loadProfile(opts.profile);
  const host = await openFile(file);
  const session = await openSession(host, profile);
  if (!hasIndicatorTable(session)) {
    throw noTableError(file, session, opts.lang);
  }
  const result = checkSession(session);
  refuseUnknownUnit(result, opts.unit);
  const {
    svg,
    pohon,
    indicators: iku,
  } = pohonPicture(result, {
    lang: opts.lang,
    unit: opts.unit,
  });
  await fs.mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
  await fs.writeFile(opts.out, svg, "utf8");
  const w = CLI_WORDS[opts.lang];
  const lines = [w.tree(pohon.nodes, iku, opts.out)];
  // a picture of thousands of boxes is a map, not a page: say how to draw a part of it
  if (pohon.nodes > LARGE_TREE && opts.unit === undefined) lines.push(w.treeLarge);
  // findings about no IKU of the tree (a person's SKP, a unit not found) are said, not lost
  if (pohon.unplaced.length > 0) lines.push(w.treeUnplaced(pohon.unplaced.length));
  io.out(lines.join("\n") + "\n");
  return 0;
}

/** An --unit the workbook does not have: exit 2, naming the nearest units it has. */
function refuseUnknownUnit(result: CheckResult, unit: string | undefined): void {
  if (unit === undefined || result.index.node(unit)) return;
  const nearest = nearestUnitNames(
    unitKey(unit),
    [...result.index.units.values()].map((u) => u.name)
  );
  throw new UsageError({ code: "unknown-unit", unit, nearest });
}

/** An --out that names a folder. */
async function refuseFolder(out: string): Promise<void> {
  const outStat = await fs.stat(out).catch(() => undefined);
  if (outStat?.isDirectory()) throw new UsageError({ code: "out-is-folder", out });
}

interface ReportOptions {
  out: string;
  unit?: string;
  date?: string;
  profile?: string;
  lang: Lang;
}

/** Today on this computer's calendar, as ISO "2026-11-29". */
function today(): string {
  const d = new Date();
  const two = (x: number) => String(x).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** `selaras report`: the report to print, one self-contained HTML document (A4). */
async function writeReport(file: string, opts: ReportOptions, io: Io): Promise<number> {
  if (!/\.html?$/i.test(opts.out)) throw new UsageError({ code: "out-needs-html", out: opts.out });
  await refuseFolder(opts.out);
  const date = opts.date ?? today();
  if (!isDay(date)) throw new UsageError({ code: "not-a-date", date });
  const profile = await loadProfile(opts.profile);
  const host = await openFile(file);
  const session = await openSession(host, profile);
  if (!hasIndicatorTable(session)) throw noTableError(file, session, opts.lang);
  const result = checkSession(session);
  refuseUnknownUnit(result, opts.unit);
  const { html, counts } = checkReport(result, {
    lang: opts.lang,
    date,
    workbook: path.basename(file),
    unit: opts.unit,
  });
  await fs.mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
  await fs.writeFile(opts.out, html, "utf8");
  io.out(`${CLI_WORDS[opts.lang].reportWritten(opts.out, counts)}\n`);
  return 0;
}

/** A real day written YYYY-MM-DD (2026-02-30 is not one). */
function isDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

async function fill(file: string, opts: FillOptions, io: Io): Promise<number> {
  await refuseOut(opts.out, file);
  const host = await openFile(file);
  const session = await openSession(host, await loadProfile(opts.profile));
  if (!hasIndicatorTable(session)) {
    throw noTableError(file, session, opts.lang);
  }
  const { plan } = planSessionFill(session, {
    acceptConflicts: opts.acceptConflicts,
    // the command line's tick: every child unit without a table gets its sheet
    newSheets: opts.newSheets ? "all" : undefined,
  });
  let profileSaved = false;
  if (!opts.dryRun) {
    const result = await applySessionFill(host, session, plan);
    if (result.refused.length > 0) throw new UsageError(refusedText(result.refused, opts.lang));
    profileSaved = result.profileSaved;
    await fs.mkdir(path.dirname(path.resolve(opts.out)), { recursive: true });
    await fs.writeFile(opts.out, await host.toBuffer());
  }
  if (opts.format === "json")
    io.out(
      JSON.stringify(fillJson(plan, opts.lang, profileSaved ? PROFILE_SHEET : undefined), null, 2) +
        "\n"
    );
  else {
    const w = CLI_WORDS[opts.lang];
    const lines = [fillText(plan, opts.lang, !!opts.dryRun, !!opts.newSheets)];
    if (profileSaved) lines.push(w.profileSaved);
    if (!opts.dryRun) lines.push(w.writtenTo(opts.out));
    io.out(lines.join("\n") + "\n");
  }
  return 0;
}
