import type { Indicator } from "../core/model";
import type { BulkNote, BulkProblem } from "../app/bulkTargets";
import type { Strings } from "./i18n";

/** A refusal of the split or phasing as a sentence a planner reads. */
export function bulkProblemText(problem: BulkProblem, parent: Indicator, t: Strings): string {
  switch (problem.kind) {
    case "split":
      return t.splitRefusals[problem.reason](parent.target.original, problem.child);
    case "phasing":
      return t.phasingRefusals[problem.reason];
    case "input":
      return t.numberInvalid(problem.unit, problem.text);
  }
}

export function bulkNoteText(note: BulkNote | undefined, t: Strings): string | undefined {
  if (note === "average-not-split") return t.noteAverage;
  if (note === "last-not-split") return t.noteLast;
  if (note === "grade-copied") return t.noteGrade;
  return undefined;
}
