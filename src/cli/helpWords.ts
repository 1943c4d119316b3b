/**
 * The command line's help and usage errors in the --lang language: the commands' and options'
 * descriptions, and the words commander itself prints (its headings, "choices" and "default", and
 * the usage errors it finds before a command runs), one object per language.
 */
import { Help, type Command, type CommanderError, type Option } from "commander";
import type { Lang } from "../core/messages";

const id = {
  program: "Cascade IKU dan target ke unit bawahan, dan periksa keselarasannya.",
  version: "versi Selaras",
  check: "periksa keselarasan",
  fill: "isi unit bawahan",
  newSheets: "tambah lembar untuk unit bawahan yang belum punya tabel",
  pk: "susun Perjanjian Kinerja untuk unit yang belum punya",
  tree: "gambar pohon kinerja (SVG)",
  report: "laporan untuk dicetak (HTML, A4)",
  demo: "isi + periksa sampel bawaan; cetak temuannya",
  workbooks: "berkas .xlsx (boleh satu per Kantor Regional)",
  workbook: "berkas .xlsx",
  profile: "profil pemetaan (JSON)",
  annotated: "salinan workbook beranotasi",
  annotatedDir: "folder salinan beranotasi untuk beberapa workbook",
  showIds: "tampilkan NIP / NRK utuh (data pribadi: disamarkan bila tidak)",
  filled: "workbook hasil isian (tidak pernah berkas masukan)",
  dryRunFill: "tampilkan perubahan, tanpa menulis",
  acceptConflicts: "timpa juga sel yang berisi nilai lain",
  pkOut: "workbook dengan lembar PK yang disusun (tidak pernah berkas masukan)",
  units: "hanya unit ini (nama seperti tertulis di workbook)",
  year: "tahun PK (bawaan: tahun workbook)",
  dryRunPk: "tampilkan lembarnya, tanpa menulis",
  treeOut: "gambarnya, berkas .svg",
  unit: "hanya unit ini dan unit di bawahnya (nama seperti di workbook)",
  reportOut: "laporannya, berkas .html",
  date: "tanggal laporan (bawaan: hari ini)",
  demoOut: "folder keluaran",
  help: "tampilkan bantuan perintah",
  usage: "Penggunaan:",
  options: "Opsi:",
  arguments: "Argumen:",
  commands: "Perintah:",
  choices: "pilihan",
  default: "bawaan",
  optionsTerm: "[opsi]",
  commandTerm: "[perintah]",
};

type HelpWords = typeof id;

const en: HelpWords = {
  program: "Cascade IKU and targets to child units, and check alignment.",
  version: "Selaras's version",
  check: "check alignment",
  fill: "fill child units",
  newSheets: "add a sheet for each child unit with no table",
  pk: "draft the PK of units without one",
  tree: "draw the pohon kinerja (SVG)",
  report: "a report to print (HTML, A4)",
  demo: "fill + check on the bundled sample; prints its findings",
  workbooks: ".xlsx files (one per Kantor Regional is fine)",
  workbook: ".xlsx file",
  profile: "mapping profile (JSON)",
  annotated: "annotated copy of the workbook",
  annotatedDir: "annotated copies of several workbooks",
  showIds: "show NIP / NRK whole (personal data: masked by default)",
  filled: "the filled workbook (never the input)",
  dryRunFill: "show the changes, write nothing",
  acceptConflicts: "also overwrite cells holding other values",
  pkOut: "the workbook with the drafted PK sheets (never the input)",
  units: "only these units (names as the workbook writes them)",
  year: "the PK's year (the workbook's by default)",
  dryRunPk: "show the sheets, write nothing",
  treeOut: "the picture, an .svg file",
  unit: "only this unit and the units below it (as the workbook names it)",
  reportOut: "the report, an .html file",
  date: "the report's date (today by default)",
  demoOut: "output folder",
  help: "display help for command",
  usage: "Usage:",
  options: "Options:",
  arguments: "Arguments:",
  commands: "Commands:",
  choices: "choices",
  default: "default",
  optionsTerm: "[options]",
  commandTerm: "[command]",
};

export const HELP_WORDS: Record<Lang, HelpWords> = { id, en };

/**
 * The help in the language's words: commander's headings, and an option's choices and default
 * after its description (English reads exactly as commander writes it).
 */
export function helpConfiguration(lang: Lang): Partial<Help> {
  const w = HELP_WORDS[lang];
  const titles: Record<string, string> = {
    "Usage:": w.usage,
    "Options:": w.options,
    "Arguments:": w.arguments,
    "Commands:": w.commands,
  };
  const commander = new Help();
  // "[options]" and "[command]" in the usage line and the list of commands
  const terms = (text: string) =>
    text.replace("[options]", w.optionsTerm).replace("[command]", w.commandTerm);
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    commandUsage: (cmd: Command) => terms(commander.commandUsage(cmd)),
    subcommandTerm: (cmd: Command) => terms(commander.subcommandTerm(cmd)),
    optionDescription: (option: Option) => {
      const extra: string[] = [];
      if (option.argChoices)
        extra.push(`${w.choices}: ${option.argChoices.map((c) => JSON.stringify(c)).join(", ")}`);
      if (option.defaultValue !== undefined && (option.required || option.optional))
        extra.push(
          `${w.default}: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`
        );
      return extra.length > 0 ? `${option.description} (${extra.join(", ")})` : option.description;
    },
  };
}

/** The quoted names in commander's message ('--out <file>', 'fr'), in order. */
const quoted = (message: string) => [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]);

/**
 * A usage error commander found (an unknown option, a missing --out…), said in Indonesian from its
 * code and the names it quotes; in English, or for a code not known here, commander's own message.
 */
const USAGE_ERRORS: Record<string, (q: string[], message: string) => string> = {
  "commander.unknownOption": (q) => `opsi '${q[0]}' tidak dikenal`,
  "commander.unknownCommand": (q) => `perintah '${q[0]}' tidak dikenal`,
  "commander.missingArgument": (q) => `argumen wajib '${q[0]}' belum diberikan`,
  "commander.optionMissingArgument": (q) => `opsi '${q[0]}' perlu nilai`,
  "commander.missingMandatoryOptionValue": (q) => `opsi wajib '${q[0]}' belum diberikan`,
  "commander.invalidArgument": (q, message) => {
    const choices = /Allowed choices are (.*)\.$/m.exec(message)?.[1];
    return `nilai '${q[1] ?? ""}' untuk opsi '${q[0] ?? ""}' tidak sah${choices ? `; pilihan: ${choices}` : ""}`;
  },
  "commander.excessArguments": (q, message) => {
    const [expected, got] = message.match(/\d+/g) ?? [];
    return `terlalu banyak argumen${q[0] ? ` untuk '${q[0]}'` : ""}: diharapkan ${expected}, diberikan ${got}`;
  },
};

export function usageErrorText(err: CommanderError, lang: Lang): string {
  const say = USAGE_ERRORS[err.code];
  if (lang === "en" || !say) return err.message;
  const [first, ...rest] = err.message.split("\n");
  // commander's "(Did you mean --lang?)" on the next line
  const suggestion = rest.join("\n").replace(/^\(Did you mean (.*)\?\)$/m, "(Maksud Anda $1?)");
  return [`galat: ${say(quoted(first), first)}`, suggestion].filter((s) => s).join("\n");
}

/** Whether commander's exit is a usage error to say (not help or the version it printed itself). */
export function isUsageError(err: CommanderError): boolean {
  return err.exitCode !== 0 && !err.code.startsWith("commander.help");
}
