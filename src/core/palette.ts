/**
 * The colours Selaras draws with, shared by everything that shows a finding or a link: the cells
 * it colours in the workbook, the findings and Cakupan sheets, the pohon kinerja picture, the
 * report and the pane. Error red, warning amber, info blue (DESIGN.md §4).
 */
import type { Severity } from "./findings";
import type { PohonEdge } from "./pohon";

/** A cell's fill by its most severe finding (hex RGB, as Excel and the pane both take it). */
export const SEVERITY_COLOUR: Record<Severity, string> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
};

/** A box's border by its worst finding (the pane's tree draws its nodes the same). */
export const BORDER: Record<Severity | "none", string> = {
  error: "#C00000",
  warning: "#BF8F00",
  info: "#2F75B5",
  none: "#8C8C8C",
};
/** A link's line by its cascade type (the pane's tree draws its connectors the same). */
export const EDGE_STYLE: Record<PohonEdge, { stroke: string; width: number; dash?: string }> = {
  structure: { stroke: "#BFBFBF", width: 1.25 },
  full: { stroke: "#404040", width: 2.25 },
  partial: { stroke: "#404040", width: 2, dash: "7 4" },
  contributing: { stroke: "#404040", width: 1.75, dash: "1.5 3.5" },
  unknown: { stroke: "#8C8C8C", width: 1.25, dash: "4 4" },
};
