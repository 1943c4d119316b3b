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
import type { WorkbookSummary } from "../app/engine";
import type { Framework } from "../core/model";
import { ReasonError } from "../core/reasons";
import { importMapping, mappingJson, saveMapping } from "../app/profile";
import { useI18n } from "./i18n";
import { draftOf, profileWithDraft, type MappingDraft } from "./mappingDraft";
import { usePane } from "./paneState";
import { ReadFirst, useViewStyles } from "./viewLayout";
import { SheetMappingCard } from "./SheetMappingCard";

const useStyles = makeStyles({
  settings: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

function validYear(text: string): boolean {
  if (!text.trim()) return true;
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 2000 && n <= 2100;
}

/** "Pemetaan": the detection summary, and the mapping profile the user corrects and saves. */
export function SetupView({ active }: { active: boolean }) {
  const { engine, workbook: session, busy, run, read, markEdited, setNotice } = usePane();
  const { t } = useI18n();
  const styles = { ...useViewStyles(), ...useStyles() };
  const sheetNames = useMemo(() => session?.sheets.map((s) => s.sheet) ?? [], [session]);
  // edits belong to the session they were made on: a fresh read shows the mapping it holds
  const [edited, setEdited] = useState<{ session: WorkbookSummary; draft: MappingDraft }>();
  const draft = session
    ? edited?.session === session
      ? edited.draft
      : draftOf(session.profile, sheetNames)
    : undefined;
  const setDraft = (d: MappingDraft) => session && setEdited({ session, draft: d });
  const columns = session?.columns ?? {};

  const onRead = () => run("read", async () => void (await read()));
  const importInput = useRef<HTMLInputElement>(null);

  if (!session || !draft) return <ReadFirst />;
  // a hidden Setup draws nothing: its column lists (hundreds of options per field) would be drawn
  // again on every read; its draft lives on above
  if (!active) return <></>;

  const yearOk = validYear(draft.year);
  const detectedFramework = t.frameworks[session.framework];

  const onSave = () =>
    run("save", async () => {
      await saveMapping(engine, (current) => profileWithDraft(current, draft));
      markEdited();
      await read();
      setNotice({ intent: "success", text: t.saved });
    });

  // the mapping travels to the next year's workbook, or a colleague's, as a JSON file
  const onExport = () => {
    const json = mappingJson(session.profile);
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
      // what this workbook recorded (undo, highlights) stays; the settings are the file's
      await importMapping(engine, await fileText(file), file.name);
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
          hint={session.year ? t.yearHint(String(session.year)) : undefined}
          validationState={yearOk ? "none" : "error"}
          validationMessage={yearOk ? undefined : "2000–2100"}
        >
          <Input
            type="number"
            value={draft.year}
            placeholder={session.year ? String(session.year) : ""}
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
      {session.sheets.map((summary) => (
        <SheetMappingCard
          key={summary.sheet}
          summary={summary}
          tables={session.tables.filter((x) => x.sheet === summary.sheet)}
          draft={draft.sheets[summary.sheet]}
          columns={columns[summary.sheet] ?? []}
          disabled={!!busy}
          onChange={(d) => setDraft({ ...draft, sheets: { ...draft.sheets, [summary.sheet]: d } })}
        />
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!!busy || !yearOk} onClick={() => void onSave()}>
          {t.saveButton}
        </Button>
        <Button disabled={!!busy} onClick={() => void onRead()}>
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
function fileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(new ReasonError({ code: "profile-unreadable", file: file.name }));
    reader.readAsText(file);
  });
}
