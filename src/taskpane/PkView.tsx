import { Body1, Button, Checkbox, Field, Input, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { PkDraft } from "../workbook/pkDraft";
import { reasonText } from "../core/reasonMessages";
import { useI18n } from "./i18n";
import { usePane } from "./paneState";
import { useViewStyles } from "./viewLayout";

/**
 * "Susun PK" (DESIGN.md §9): the units with IKU and no PK sheet, ticked; the year; then one PK
 * sheet per ticked unit in the standard form, through the fill machinery (undone like a fill).
 */
export function PkView() {
  const { engine, busy, edits, run, read, setNotice, afterWrite, downloadToSave } = usePane();
  const { lang, t } = useI18n();
  const styles = useViewStyles();
  const [found, setFound] = useState<{
    candidates: PkDraft["drafted"];
    edits: number;
    ticked: string[];
  }>();
  const [year, setYear] = useState("");
  const current = found && found.edits === edits ? found : undefined;
  const candidates = current?.candidates ?? [];
  const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined;

  const onFind = () =>
    run("pkPreview", async () => {
      const workbook = await read();
      const { drafted } = await engine.planPk();
      setFound({ candidates: drafted, edits, ticked: drafted.map((d) => d.unit) });
      setYear(String(workbook.profile.year ?? workbook.year ?? ""));
    });

  const onDraft = () =>
    run("pkApply", async () => {
      if (!current) return;
      const draft = await engine.planPk({ units: current.ticked, year: yearNumber });
      const applied = await engine.apply(draft.plan);
      if (applied.refused.length > 0) {
        setNotice({
          intent: "warning",
          text: t.refused(applied.refused.map((r) => reasonText(r.reason, lang)).join("; ")),
        });
        return;
      }
      setFound(undefined);
      await afterWrite();
      const skipped = draft.skipped.map((s) => reasonText(s.reason, lang));
      setNotice({
        intent: "success",
        text: [
          t.pkDrafted(draft.drafted.map((d) => d.sheet)),
          ...skipped,
          ...(downloadToSave ? [t.downloadToKeep] : []),
        ].join(" "),
      });
    });

  const onTick = (unit: string, on: boolean) => {
    if (!current) return;
    const ticked = current.ticked.filter((u) => u !== unit);
    setFound({ ...current, ticked: on ? [...ticked, unit] : ticked });
  };

  return (
    <div className={styles.view}>
      <Body1>{t.pkIntro}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!!busy} onClick={() => void onFind()}>
          {t.pkFindButton}
        </Button>
        <Button
          disabled={!!busy || !current || current.ticked.length === 0}
          onClick={() => void onDraft()}
        >
          {t.pkApplyButton}
        </Button>
      </div>
      {current && candidates.length === 0 && <Body1>{t.pkNone}</Body1>}
      {current && candidates.length > 0 && (
        <>
          <Field label={t.pkYearLabel}>
            <Input
              value={year}
              inputMode="numeric"
              disabled={!!busy}
              onChange={(_, d) => setYear(d.value)}
            />
          </Field>
          <div role="group" aria-label={t.pkUnitsHeading}>
            <Subtitle2 as="h2">{t.pkUnitsHeading}</Subtitle2>
            {candidates.map((d) => (
              <Checkbox
                key={d.unit}
                label={t.pkUnit(d.unit, d.sheet, d.indicators)}
                checked={current.ticked.includes(d.unit)}
                disabled={!!busy}
                onChange={(_, data) => onTick(d.unit, data.checked === true)}
              />
            ))}
          </div>
          <Text weight="semibold">{t.pkSummary(current.ticked.length)}</Text>
        </>
      )}
    </div>
  );
}
