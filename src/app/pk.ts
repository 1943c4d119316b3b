/**
 * "Susun PK" as a use case: a drafted Perjanjian Kinerja sheet for each chosen unit without one,
 * as a patch plan applied like a fill (DESIGN.md §9).
 *
 * @example
 *   const draft = planSessionPk(session, { units: ["Biro Umum"], year: 2027 });
 *   if (draft.drafted.length > 0) await applySessionFill(host, session, draft.plan);
 */
import { planPkDraft, type PkDraft, type PkDraftOptions } from "../workbook/pkDraft";
import type { Session } from "./session";

/** The drafts for the chosen units (all without a PK when none are named), in the profile's year by default. */
export function planSessionPk(session: Session, options: PkDraftOptions = {}): PkDraft {
  return planPkDraft(session.read, session.grids, {
    ...options,
    year: options.year ?? session.profile.year,
  });
}
