import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Subtitle2,
  MessageBar,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookSummary } from "../app/engine";
import type { CellChange, PatchPlan } from "../workbook/patches";
import { reasonText } from "../core/reasonMessages";
import { useI18n } from "./i18n";
import { usePane } from "./paneState";
import { useViewStyles } from "./viewLayout";
import { PatchPlanReview, chosenPlan } from "./PatchPlanReview";
import { appliedNotice } from "./appliedNotice";
import { useFillNavigation, type FillRequest } from "./fillFocus";

/** "Isi unit bawahan": preview the cascade fill, apply exactly what was shown and ticked, undo. */
export function FillView() {
  const { engine, busy, edits, run, read, setNotice, afterWrite, downloadToSave } = usePane();
  const { lang, t } = useI18n();
  const styles = useViewStyles();
  const [preview, setPreview] = useState<{
    workbook: WorkbookSummary;
    /** Reasons as data: said in the language shown, so a language switch plans nothing again. */
    plan: PatchPlan;
    edits: number;
    ticked: Set<number>;
    /** Child units without a table the user ticked for a new sheet. */
    newSheets: string[];
    /** Planned for one finding's IKU alone ("Isi dari atasan"). */
    request?: FillRequest;
  }>();
  const navigation = useFillNavigation();
  const current = preview && preview.edits === edits ? preview : undefined;
  const plan = current?.plan;
  const toWrite = plan && current ? plan.changes.length + current.ticked.size : 0;

  /** The whole fill, or one finding's IKU alone. */
  const previewFor = (request?: FillRequest) =>
    run("preview", async () => {
      // always from a fresh read: the workbook (and its profile) may have changed since
      const workbook = await read();
      const planned = await engine.planFill({ newSheets: [], focus: request?.focus });
      setPreview({ workbook, plan: planned, edits, ticked: new Set(), newSheets: [], request });
    });
  const onPreview = () => {
    navigation.clear();
    return previewFor(undefined);
  };
  // "Isi dari atasan" on a finding: that IKU's fill, previewed as soon as Fill opens
  const asked = navigation.request;
  useEffect(() => {
    if (asked) void previewFor(asked);
    // only a new request previews again, not a re-render
  }, [asked]);

  const onApply = () =>
    run("apply", async () => {
      if (!current || !plan) return;
      const applied = await engine.apply(chosenPlan(plan, current.ticked));
      setPreview(undefined);
      // checked again when it had been checked: the findings and colours are the filled workbook's
      if (applied.refused.length === 0) await afterWrite();
      setNotice(appliedNotice(applied, t, lang, downloadToSave));
    });

  const onUndo = () =>
    run("undo", async () => {
      const undone = await engine.undo();
      if (undone.refused.length > 0) {
        setNotice({
          intent: "warning",
          text: t.refused(undone.refused.map((r) => reasonText(r.reason, lang)).join("; ")),
        });
        return;
      }
      setPreview(undefined);
      const nothing =
        undone.restored === 0 &&
        undone.rowsRemoved === 0 &&
        undone.written === 0 &&
        undone.sheetsRemoved.length === 0 &&
        undone.sheetsKept.length === 0;
      const text = [
        t.undone(undone.restored),
        ...(undone.rowsRemoved > 0 ? [t.rowsRemoved(undone.rowsRemoved)] : []),
        ...(undone.sheetsRemoved.length > 0 ? [t.sheetsRemoved(undone.sheetsRemoved)] : []),
        ...(undone.sheetsKept.length > 0 ? [t.sheetsKept(undone.sheetsKept)] : []),
      ].join(" ");
      if (!nothing) await afterWrite();
      setNotice({
        intent: nothing ? "info" : "success",
        text: nothing ? t.nothingToUndo : downloadToSave ? `${text} ${t.downloadToKeep}` : text,
      });
    });

  const onTick = (index: number, on: boolean) => {
    if (!current || !plan) return;
    const ticked = new Set(current.ticked);
    // a row's target and its quarters go together: writing the target without them would
    // leave the quarters disagreeing with it
    const together = conflictRow(plan.conflicts[index]);
    plan.conflicts.forEach((c, i) => {
      if (i === index || (together !== undefined && rowOf(c) === together)) {
        if (on) ticked.add(i);
        else ticked.delete(i);
      }
    });
    setPreview({ ...current, ticked });
  };

  const onSheetTick = (unit: string, on: boolean) =>
    run("preview", async () => {
      if (!current) return;
      const units = current.newSheets.filter((u) => u !== unit);
      const newSheets = on ? [...units, unit] : units;
      // a sheet for a unit changes where its rows go: planned again
      const planned = await engine.planFill({ newSheets, focus: current.request?.focus });
      setPreview({ ...current, plan: planned, newSheets });
    });
  // the units that may get a sheet, ticked or not, in a fixed order (a box never moves when ticked)
  const sheetUnits = plan
    ? [...(plan.sheets ?? []).map((n) => n.unit), ...(plan.unitsWithoutTable ?? [])].sort((a, b) =>
        a.localeCompare(b, "id")
      )
    : [];

  const nothing =
    plan &&
    plan.changes.length === 0 &&
    plan.conflicts.length === 0 &&
    plan.inserts.length === 0 &&
    sheetUnits.length === 0;
  return (
    <div className={styles.view}>
      <Body1>{t.fillIntro}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!!busy} onClick={() => void onPreview()}>
          {t.previewButton}
        </Button>
        <Button disabled={!!busy || !plan || toWrite === 0} onClick={() => void onApply()}>
          {t.applyButton}
        </Button>
        <Button disabled={!!busy} onClick={() => void onUndo()}>
          {t.undoButton}
        </Button>
      </div>
      {plan && current && (
        <>
          {current.request && (
            <MessageBar intent="info">
              <MessageBarBody>
                {nothing
                  ? t.fillFocusedNothing
                  : t.fillFocused(
                      current.request.finding.parent ?? current.request.finding.indicator ?? "",
                      current.request.finding.unit ?? ""
                    )}{" "}
                <Button size="small" disabled={!!busy} onClick={() => void onPreview()}>
                  {t.fillShowAll}
                </Button>
              </MessageBarBody>
            </MessageBar>
          )}
          {nothing && !current.request && !current.workbook.hasIndicators && (
            <MessageBar intent="warning">
              <MessageBarBody>{t.noIndicators}</MessageBarBody>
            </MessageBar>
          )}
          {nothing && !current.request && current.workbook.hasIndicators && (
            <MessageBar intent="success">
              <MessageBarBody>{t.nothingToFill}</MessageBarBody>
            </MessageBar>
          )}
          {sheetUnits.length > 0 && (
            <div role="group" aria-label={t.newSheetsHeading}>
              <Subtitle2 as="h2">{t.newSheetsHeading}</Subtitle2>
              <Caption1 block>{t.newSheetsHint}</Caption1>
              {sheetUnits.map((unit) => (
                <Checkbox
                  key={unit}
                  label={t.newSheetFor(unit)}
                  checked={current.newSheets.includes(unit)}
                  disabled={!!busy}
                  onChange={(_, data) => void onSheetTick(unit, data.checked === true)}
                />
              ))}
            </div>
          )}
          <Text weight="semibold">{t.applySummary(toWrite)}</Text>
          <PatchPlanReview plan={plan} ticked={current.ticked} disabled={!!busy} onTick={onTick} />
        </>
      )}
    </div>
  );
}

/**
 * The proposed row a conflict belongs to: its sheet, parent IKU and unit, from the fill's own key
 * (the `why` shown under it is display text, never parsed).
 */
function rowOf(c: CellChange): string | undefined {
  return c.fill ? `${c.sheet}\u0000${c.fill.row}` : undefined;
}

/** A target conflict's row; undefined for any other conflict, ticked on its own. */
function conflictRow(c: CellChange | undefined): string | undefined {
  return c?.fill?.field === "target" ? rowOf(c) : undefined;
}
