/**
 * The mapping profile as the planner handles it: Setup saves its corrections, imports a colleague's
 * mapping file or last year's, exports this workbook's; the command line reads one with --profile.
 * What belongs to this workbook alone (what Selaras wrote, undo, highlights) always stays with it.
 *
 * @example
 *   await importMapping(engine, await file.text(), file.name);
 *   const json = mappingJson(workbook.profile); // for "selaras-pemetaan.json"
 */
import {
  emptyProfile,
  mergeProfiles,
  parseProfile,
  portableProfile,
  type MappingProfile,
} from "../workbook/profile";
import type { Engine } from "./engine";

export { PROFILE_SHEET, ProfileError, type MappingProfile } from "../workbook/profile";

/** Setup's "Simpan": the form's settings (`withSettings`) over the profile the workbook holds. */
export async function saveMapping(
  engine: Engine,
  withSettings: (current: MappingProfile) => MappingProfile
): Promise<void> {
  const current = (await engine.readProfile()) ?? emptyProfile();
  await engine.writeProfile(withSettings(current));
}

/**
 * "Impor": a mapping file's settings over the workbook's profile; the workbook's own records stay,
 * and whatever the file says about another workbook's (its undo, its highlights) is not taken.
 * Throws a ProfileError naming the file when it is not a mapping.
 */
export async function importMapping(engine: Engine, text: string, fileName: string): Promise<void> {
  const imported = parseProfile(text, fileName);
  const current = (await engine.readProfile()) ?? emptyProfile();
  await engine.writeProfile(mergeProfiles(current, portableProfile(imported)));
}

/** "Ekspor": the settings alone, as the JSON a mapping file holds. */
export function mappingJson(profile: MappingProfile): string {
  return JSON.stringify(portableProfile(profile), null, 2);
}

/** The command line's --profile: a mapping file's text (a ProfileError naming the file if not). */
export function mappingFromText(text: string, fileName: string): MappingProfile {
  return parseProfile(text, fileName);
}
