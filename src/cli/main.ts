/** The `selaras` command (DESIGN.md §6). */
import { Command } from "commander";
import { applyProposals, cascadePlan } from "../core/cascade";
import { checkPlan } from "../core/check";
import type { Lang } from "../core/messages";
import { textReport } from "./report";
import { samplePlan } from "./samplePlan";

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name("selaras")
    .description("Cascade IKU dan target ke unit bawahan, dan periksa keselarasannya.")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command("demo")
    .description("fill + check on the bundled sample; prints its findings")
    .option("--out <dir>", "output folder", "out/demo")
    .option("--lang <lang>", "id | en", "id")
    .action((opts: { out: string; lang: string }) => {
      const lang: Lang = opts.lang === "en" ? "en" : "id";
      const plan = samplePlan();
      const before = checkPlan(plan);
      process.stdout.write(
        textReport(before, lang, lang === "id" ? "Sebelum isi" : "Before fill") + "\n\n"
      );
      const cascade = cascadePlan(plan);
      const after = checkPlan(applyProposals(plan, cascade.rows));
      const filled =
        lang === "id"
          ? `Isi unit bawahan: ${cascade.rows.length} baris diusulkan, ${cascade.skipped.length} dilewati`
          : `Fill child units: ${cascade.rows.length} rows proposed, ${cascade.skipped.length} skipped`;
      process.stdout.write(filled + "\n");
      for (const row of cascade.rows) {
        process.stdout.write(
          `  ${row.unit} ← ${row.parent} (${row.type}): ${row.name} = ${row.target.text}\n`
        );
      }
      process.stdout.write(
        "\n" + textReport(after, lang, lang === "id" ? "Sesudah isi" : "After fill") + "\n"
      );
      exitCode = 0;
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    const code = (err as { exitCode?: number }).exitCode;
    if (code === 0) return 0;
    return 2;
  }
  return exitCode;
}
