import {
  Body1,
  Button,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { columnLetters } from "../core/cells";
import type { Framework } from "../core/model";
import { lastCol } from "../workbook/grid";
import { emptyProfile, mergeProfiles, parseProfile, portableProfile } from "../workbook/profile";
import type { Session } from "../workbook/operations";
import { useI18n } from "./i18n";
import { draftOf, profileWithDraft, type MappingDraft } from "./mappingDraft";
import { usePane } from "./paneState";
import { ReadFirst, useViewStyles } from "./viewLayout";
import { SheetMappingCard, type ColumnOption } from "./SheetMappingCard";

const useStyles = makeStyles({
  settings: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

/** At most this many columns are offered per sheet: a stray formatted cell can widen a sheet a lot. */
const MAX_COLUMNS = 104;

function columnOptions(session: Session): Record<string, ColumnOption[]> {
  const out: Record<string, ColumnOption[]> = {};
  for (const grid of session.grids) {
    const labels = new Map<number, string>();
    for (const d of session.read.detected) {
      if (d.table.sheet !== grid.sheet) continue;
      for (const c of d.table.columns) if (!labels.has(c.col)) labels.set(c.col, c.label);
    }
    const last = Math.min(lastCol(grid), grid.left + MAX_COLUMNS - 1);
    const options: ColumnOption[] = [];
    for (let col = 1; col <= last; col++)
      options.push({ letter: columnLetters(col), label: labels.get(col) });
    out[grid.sheet] = options;
  }
  return out;
}

function validYear(text: string): boolean {
  if (!text.trim()) return true;
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 2000 && n <= 2100;
}

/** "Pemetaan": the detection summary, and the mapping profile the user corrects and saves. */
export function SetupView() {
  const { host, session, busy, run, read, markEdited, setNotice } = usePane();
  const { t } = useI18n();
  const styles = { ...useViewStyles(), ...useStyles() };
  const sheetNames = useMemo(() => session?.read.sheets.map((s) => s.sheet) ?? [], [session]);
  // edits belong to the session they were made on: a fresh read shows the mapping it holds
  const [edited, setEdited] = useState<{ session: Session; draft: MappingDraft }>();
  const draft = session
    ? edited?.session === session
      ? edited.draft
      : draftOf(session.profile, sheetNames)
    : undefined;
  const setDraft = (d: MappingDraft) => session && setEdited({ session, draft: d });
  const columns = useMemo(() => (session ? columnOptions(session) : {}), [session]);

  const onRead = () => run("read", async () => void (await read()));
  const importInput = useRef<HTMLInputElement>(null);

  if (!session || !draft) return <ReadFirst />;

  const yearOk = validYear(draft.year);
  const detectedFramework = t.frameworks[session.read.plan.settings.framework];

  const onSave = () =>
    run("save", async () => {
      const current = (await host.readProfile()) ?? emptyProfile();
      await host.writeProfile(profileWithDraft(current, draft));
      markEdited();
      await read();
      setNotice({ intent: "success", text: t.saved });
    });

  // the mapping travels to the next year's workbook, or a colleague's, as a JSON file
  const onExport = () => {
    const json = JSON.stringify(portableProfile(session.profile), null, 2);
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    a.download = "selaras-pemetaan.json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const onImport = (file: File) =>
    run("importProfile", async () => {
      const imported = parseProfile(await fileText(file), file.name);
      const current = (await host.readProfile()) ?? emptyProfile();
      // what this workbook recorded (undo, highlights) stays; the settings are the file's
      await host.writeProfile(mergeProfiles(current, portableProfile(imported)));
      markEdited();
      await read();
      setNotice({ intent: "success", text: t.imported(file.name) });
    });

  return (
    <div className={styles.view}>
      <Body1>{t.setupIntro}</Body1>
      <div className={styles.settings}>
        <Field
          label={t.yearLabel}
          hint={session.read.year ? t.yearHint(String(session.read.year)) : undefined}
          validationState={yearOk ? "none" : "error"}
          validationMessage={yearOk ? undefined : "2000–2100"}
        >
          <Input
            type="number"
            value={draft.year}
            placeholder={session.read.year ? String(session.read.year) : ""}
            disabled={!!busy}
            onChange={(_, d) => setDraft({ ...draft, year: d.value })}
          />
        </Field>
        <Field label={t.frameworkLabel}>
          <Select
            value={draft.framework}
            disabled={!!busy}
            onChange={(_, d) => setDraft({ ...draft, framework: d.value as "auto" | Framework })}
          >
            <option value="auto">{t.frameworkAuto(detectedFramework)}</option>
            <option value="kemenkeu">{t.frameworks.kemenkeu}</option>
            <option value="permenpan">{t.frameworks.permenpan}</option>
          </Select>
        </Field>
      </div>
      {session.read.sheets.map((summary) => (
        <SheetMappingCard
          key={summary.sheet}
          summary={summary}
          tables={session.read.tables.filter((x) => x.sheet === summary.sheet)}
          draft={draft.sheets[summary.sheet]}
          columns={columns[summary.sheet] ?? []}
          disabled={!!busy}
          onChange={(d) => setDraft({ ...draft, sheets: { ...draft.sheets, [summary.sheet]: d } })}
        />
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!!busy || !yearOk} onClick={onSave}>
          {t.saveButton}
        </Button>
        <Button disabled={!!busy} onClick={onRead}>
          {t.readWorkbook}
        </Button>
        <Button disabled={!!busy} onClick={onExport}>
          {t.exportProfile}
        </Button>
        <Button disabled={!!busy} onClick={() => importInput.current?.click()}>
          {t.importProfile}
        </Button>
        <input
          ref={importInput}
          type="file"
          accept=".json,application/json"
          aria-label={t.importProfile}
          style={{ display: "none" }}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void onImport(file);
            e.target.value = "";
          }}
        />
      </div>
    </div>
  );
}

/** A chosen file's text (FileReader: every webview Office runs the pane in has it). */
function fileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsText(file);
  });
}
