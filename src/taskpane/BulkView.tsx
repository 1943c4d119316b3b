import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { OfferedUnit, UnitScope } from "../app/bulk";
import type { BulkParent, IndicatorChoice, WorkbookSummary } from "../app/engine";
import { satuanOf } from "../core/infer";
import { precisionFor } from "../core/precision";
import type { PatchPlan } from "../workbook/patches";
import { appliedNotice } from "./appliedNotice";
import { BulkParentPicker } from "./BulkParentPicker";
import { BulkPhasingChoice } from "./BulkPhasingChoice";
import { BulkResultTable } from "./BulkResultTable";
import { BulkUnitChoice } from "./BulkUnitChoice";
import { bulkNoteText, bulkProblemText } from "./bulkMessages";
import {
  bulkTsv,
  computeBulk,
  type BulkMethod,
  type BulkRequest,
  type PhasingChoice,
  type ShareKind,
} from "../app/bulkTargets";
import { copyText } from "./clipboard";
import { errorSentence } from "./errors";
import { useI18n } from "./i18n";
import { usePane } from "./paneState";
import { ReadFirst, useViewStyles } from "./viewLayout";
import { PatchPlanReview, chosenPlan } from "./PatchPlanReview";

interface BulkForm {
  parentId: string;
  /** Which units under the IKU's owner are offered. */
  scope: UnitScope;
  units: string[];
  method: BulkMethod;
  shareKind: ShareKind;
  inputs: Record<string, string>;
  phasing: PhasingChoice;
  customProfile: boolean;
  profile: string;
}

const EMPTY_FORM: BulkForm = {
  parentId: "",
  scope: "children",
  units: [],
  method: "equal",
  shareKind: "percent",
  inputs: {},
  phasing: "none",
  customProfile: false,
  profile: "",
};

const NO_UNITS: { offered: OfferedUnit[]; children: string[]; deeper: boolean } = {
  offered: [],
  children: [],
  deeper: false,
};

/**
 * The units a parent IKU may be split to: those under its owner unit in the hierarchy, the direct
 * children alone or every descendant. Never the owner, its parent or its siblings: a row written
 * there would link to an IKU that is not above it (four new findings, as a user found).
 */
function unitsFor(
  chosen: BulkParent | undefined,
  scope: UnitScope
): { offered: OfferedUnit[]; children: string[]; deeper: boolean } {
  if (!chosen) return NO_UNITS;
  const { children, descendants } = chosen;
  return {
    offered: scope === "children" ? children : descendants,
    children: children.map((u) => u.name),
    deeper: descendants.length > children.length,
  };
}

function requestFor(form: BulkForm, chosen: BulkParent, lang: "id" | "en"): BulkRequest {
  return {
    parent: chosen.parent,
    consolidation: chosen.consolidation,
    units: form.units,
    method: form.method,
    shareKind: form.shareKind,
    inputs: form.inputs,
    phasing: form.phasing,
    profile: form.customProfile ? form.profile : undefined,
    locale: lang,
  };
}

/**
 * "Target massal": split one IKU's target over chosen units, phase it, copy or write it. The IKU
 * list is asked of the engine when the view is first shown after a read (it is long on a large
 * workbook); the chosen IKU's units when it is chosen.
 */
export function BulkView({ active }: { active: boolean }) {
  const { engine, workbook, busy, edits, run, read, setNotice, afterWrite, downloadToSave } =
    usePane();
  const { lang, t } = useI18n();
  const styles = useViewStyles();
  const [form, setFormState] = useState<BulkForm>(EMPTY_FORM);
  const [write, setWrite] = useState<{
    plan: PatchPlan;
    ticked: Set<number>;
    edits: number;
  }>();
  // the IKU of the read they were listed from: a new read lists them again
  const [listed, setListed] = useState<{ workbook: WorkbookSummary; choices: IndicatorChoice[] }>();
  const choices = listed && listed.workbook === workbook ? listed.choices : undefined;
  const [chosenState, setChosen] = useState<{ workbook: WorkbookSummary; parent: BulkParent }>();
  const chosen =
    chosenState &&
    chosenState.workbook === workbook &&
    chosenState.parent.parent.id === form.parentId
      ? chosenState.parent
      : undefined;
  const parent = chosen?.parent;
  const units = useMemo(() => unitsFor(chosen, form.scope), [chosen, form.scope]);
  const outcome = useMemo(
    () => (chosen ? computeBulk(requestFor(form, chosen, lang)) : undefined),
    [chosen, form, lang]
  );
  const pending = write && write.edits === edits ? write : undefined;
  const failure = useCallback(
    (error: unknown) => ({
      intent: "error" as const,
      text: t.failed(t.operations.read, errorSentence(error, lang, t)),
    }),
    [t, lang]
  );

  // the list, once per read, when the view is shown
  useEffect(() => {
    if (!active || !workbook || choices) return;
    let stale = false;
    engine
      .bulkIndicators()
      .then((list) => !stale && setListed({ workbook, choices: list }))
      .catch((error: unknown) => !stale && setNotice(failure(error)));
    return () => {
      stale = true;
    };
  }, [active, workbook, choices, engine, setNotice, failure]);

  // the chosen IKU again after a read (a write reads afresh): its units may have changed
  const parentId = form.parentId;
  useEffect(() => {
    if (!active || !workbook || !parentId || chosen) return;
    let stale = false;
    engine
      .bulkParent(parentId)
      .then((p) => !stale && p && setChosen({ workbook, parent: p }))
      .catch((error: unknown) => !stale && setNotice(failure(error)));
    return () => {
      stale = true;
    };
  }, [active, workbook, parentId, chosen, engine, setNotice, failure]);

  // a changed form makes a write preview stale
  const setForm = (next: BulkForm) => {
    setFormState(next);
    setWrite(undefined);
  };
  const onParent = (id: string) =>
    run("read", async () => {
      const p = id && workbook ? await engine.bulkParent(id) : undefined;
      if (!p || !workbook) {
        setForm({ ...form, parentId: id, units: [], inputs: {} });
        return;
      }
      setChosen({ workbook, parent: p });
      setForm({ ...form, parentId: id, units: unitsFor(p, form.scope).children, inputs: {} });
    });
  const onScope = (scope: UnitScope) => {
    // units no longer offered are no longer split to
    const offered = unitsFor(chosen, scope).offered.map((u) => u.name);
    setForm({ ...form, scope, units: form.units.filter((u) => offered.includes(u)) });
  };

  const onCopy = () =>
    run("copy", async () => {
      if (!outcome?.ok) return;
      const header = [
        t.resultUnit,
        t.resultAnnual,
        ...(outcome.rows.some((r) => r.periods) ? t.quarters : []),
      ];
      const copied = await copyText(bulkTsv(outcome.rows, header));
      setNotice(
        copied
          ? { intent: "success", text: t.copied }
          : { intent: "warning", text: t.copyUnavailable }
      );
    });

  const onWritePreview = () =>
    run("bulkPreview", async () => {
      // written from a fresh read, so the plan matches the workbook as it is now
      const fresh = await read();
      const p = await engine.bulkParent(form.parentId);
      if (!p) throw new Error(t.parentGone);
      // the list and the choice stay as they were: only the plan is made on the fresh read
      setListed((l) => l && { ...l, workbook: fresh });
      setChosen({ workbook: fresh, parent: p });
      const result = computeBulk(requestFor(form, p, lang));
      if (!result.ok) throw new Error(bulkProblemText(result.problem, p.parent, t));
      const plan = await engine.planBulk(p.parent.id, result.rows);
      setWrite({ plan, ticked: new Set(), edits });
    });

  const onApply = () =>
    run("bulkApply", async () => {
      if (!pending) return;
      const applied = await engine.apply(chosenPlan(pending.plan, pending.ticked));
      setWrite(undefined);
      // checked again when it had been checked: the findings shown are the written workbook's
      if (applied.refused.length === 0) await afterWrite();
      setNotice(appliedNotice(applied, t, lang, downloadToSave));
    });

  const onTick = (index: number, on: boolean) => {
    if (!pending) return;
    const ticked = new Set(pending.ticked);
    if (on) ticked.add(index);
    else ticked.delete(index);
    setWrite({ ...pending, ticked });
  };

  if (!workbook || !choices) return <ReadFirst intro={t.bulkIntro} />;

  const disabled = !!busy;
  const consolidation = chosen?.consolidation;
  const toWrite = pending ? pending.plan.changes.length + pending.ticked.size : 0;
  const note = outcome?.ok ? bulkNoteText(outcome.note, t) : undefined;
  // ticked units below a direct child: their rows would skip a level
  const deeper = units.offered
    .filter((u) => u.depth > 1 && form.units.includes(u.name))
    .map((u) => u.name);
  return (
    <div className={styles.view}>
      <Body1>{t.bulkIntro}</Body1>
      <BulkParentPicker
        indicators={choices}
        value={form.parentId}
        disabled={disabled}
        onChange={(id) => void onParent(id)}
      />
      {parent && consolidation && (
        <>
          <Caption1>
            {t.parentTarget(
              parent.target.original || t.empty,
              satuanOf(parent) ?? "",
              t.consolidations[consolidation]
            )}
            {" · "}
            {t.precisionLine(precisionFor(satuanOf(parent), parent.target.decimals))}
          </Caption1>
          <BulkUnitChoice
            units={units.offered}
            scope={form.scope}
            deeper={units.deeper}
            selected={form.units}
            method={form.method}
            shareKind={form.shareKind}
            inputs={form.inputs}
            disabled={disabled}
            onSelected={(u) => setForm({ ...form, units: u })}
            onScope={onScope}
            onMethod={(method) => setForm({ ...form, method })}
            onShareKind={(shareKind) => setForm({ ...form, shareKind })}
            onInput={(unit, text) => setForm({ ...form, inputs: { ...form.inputs, [unit]: text } })}
          />
          {deeper.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{t.deeperUnits(deeper.join(", "))}</MessageBarBody>
            </MessageBar>
          )}
          <BulkPhasingChoice
            phasing={form.phasing}
            custom={form.customProfile}
            profile={form.profile}
            disabled={disabled}
            onPhasing={(phasing) => setForm({ ...form, phasing })}
            onCustom={(customProfile) => setForm({ ...form, customProfile })}
            onProfile={(profile) => setForm({ ...form, profile })}
          />
          <section aria-live="polite">
            <Subtitle2 as="h2">{t.resultHeading}</Subtitle2>
            {outcome && !outcome.ok && (
              <MessageBar intent="error">
                <MessageBarBody>{bulkProblemText(outcome.problem, parent, t)}</MessageBarBody>
              </MessageBar>
            )}
            {note && (
              <MessageBar intent="info">
                <MessageBarBody>{note}</MessageBarBody>
              </MessageBar>
            )}
            {outcome?.ok && outcome.total && !outcome.total.matches && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  {t.totalDiffers(
                    t.totals[outcome.total.kind],
                    outcome.total.annual.text,
                    parent.target.original
                  )}
                </MessageBarBody>
              </MessageBar>
            )}
            {outcome?.ok && (
              <BulkResultTable
                rows={outcome.rows}
                total={outcome.total}
                parentTarget={parent.target}
                parentPeriods={parent.periods}
              />
            )}
          </section>
          <div className={styles.actions}>
            <Button disabled={disabled || !outcome?.ok} onClick={() => void onCopy()}>
              {t.copyButton}
            </Button>
            <Button disabled={disabled || !outcome?.ok} onClick={() => void onWritePreview()}>
              {t.writePreviewButton}
            </Button>
            {pending && (
              <Button
                appearance="primary"
                disabled={disabled || toWrite === 0}
                onClick={() => void onApply()}
              >
                {t.applyButton}
              </Button>
            )}
          </div>
          {pending && (
            <>
              <Caption1>{t.writeIntro}</Caption1>
              <Text weight="semibold">{t.applySummary(toWrite)}</Text>
              <PatchPlanReview
                plan={pending.plan}
                ticked={pending.ticked}
                disabled={disabled}
                onTick={onTick}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
