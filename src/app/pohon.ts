/**
 * The pohon kinerja as a picture: the tree of a check (or of one unit and the units below it)
 * drawn as one SVG document, boxes bordered by their worst finding, links by cascade type.
 *
 * @example
 *   const { svg, indicators } = pohonPicture(checkSession(session), { lang: "id", unit: "Biro Umum" });
 */
import type { CheckResult } from "../core/check";
import type { Lang } from "../core/messages";
import { buildPohon, pohonNodes, type Pohon } from "../core/pohon";
import { pohonSvg } from "../workbook/pohonSvg";

export function pohonPicture(
  check: CheckResult,
  options: { lang: Lang; unit?: string }
): { svg: string; pohon: Pohon; indicators: number } {
  const pohon = buildPohon(check, { unit: options.unit });
  const svg = pohonSvg(pohon, { lang: options.lang, findings: check.findings });
  const indicators = pohonNodes(pohon).filter((n) => n.kind === "indicator").length;
  return { svg, pohon, indicators };
}
