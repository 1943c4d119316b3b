import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { CheckResult } from "../core/check";
import { satuanOf } from "../core/infer";
import type { Indicator } from "../core/model";
import { precisionFor } from "../core/precision";
import { applySessionFill, checkSession, type Session } from "../workbook/operations";
import type { PatchPlan } from "../workbook/patches";
import { appliedNotice } from "./appliedNotice";
import { BulkParentPicker } from "./BulkParentPicker";
import { BulkPhasingChoice } from "./BulkPhasingChoice";
import { BulkResultTable } from "./BulkResultTable";
import { BulkUnitChoice } from "./BulkUnitChoice";
import { bulkNoteText, bulkProblemText } from "./bulkMessages";
import {
  bulkPatchPlan,
  bulkTsv,
  computeBulk,
  unitsUnder,
  type BulkMethod,
  type BulkRequest,
  type OfferedUnit,
  type PhasingChoice,
  type ShareKind,
  type UnitScope,
} from "./bulkTargets";
import { copyText } from "./clipboard";
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
  check: CheckResult,
  parent: Indicator | undefined,
  scope: UnitScope
): { offered: OfferedUnit[]; children: string[]; deeper: boolean } {
  if (!parent) return NO_UNITS;
  const children = unitsUnder(check.index, parent.unit, "children");
  const all = unitsUnder(check.index, parent.unit, "descendants");
  return {
    offered: scope === "children" ? children : all,
    children: children.map((u) => u.name),
    deeper: all.length > children.length,
  };
}

function requestFor(
  form: BulkForm,
  parent: Indicator,
  check: CheckResult,
  lang: "id" | "en"
): BulkRequest {
  return {
    parent,
    consolidation: check.index.rowInfo(parent).consolidation.value,
    units: form.units,
    method: form.method,
    shareKind: form.shareKind,
    inputs: form.inputs,
    phasing: form.phasing,
    profile: form.customProfile ? form.profile : undefined,
    locale: lang,
  };
}

/** "Target massal": split one IKU's target over chosen units, phase it, copy or write it. */
export function BulkView() {
  const { host, session, busy, edits, run, read, setNotice, afterWrite, downloadToSave } =
    usePane();
  const { lang, t } = useI18n();
  const styles = useViewStyles();
  const [form, setFormState] = useState<BulkForm>(EMPTY_FORM);
  const [write, setWrite] = useState<{
    session: Session;
    plan: PatchPlan;
    ticked: Set<number>;
    edits: number;
  }>();
  const check = useMemo(() => (session ? checkSession(session) : undefined), [session]);
  const parent = session?.read.plan.indicators.find((r) => r.id === form.parentId);
  const units = useMemo(
    () => (check ? unitsFor(check, parent, form.scope) : NO_UNITS),
    [check, parent, form.scope]
  );
  const outcome = useMemo(
    () => (check && parent ? computeBulk(requestFor(form, parent, check, lang)) : undefined),
    [check, parent, form, lang]
  );
  const pending = write && write.edits === edits ? write : undefined;

  // a changed form makes a write preview stale
  const setForm = (next: BulkForm) => {
    setFormState(next);
    setWrite(undefined);
  };
  const onParent = (id: string) => {
    const p = session?.read.plan.indicators.find((r) => r.id === id);
    if (!check || !p) {
      setForm({ ...form, parentId: id, units: [], inputs: {} });
      return;
    }
    const { children } = unitsFor(check, p, form.scope);
    setForm({ ...form, parentId: id, units: children, inputs: {} });
  };
  const onScope = (scope: UnitScope) => {
    // units no longer offered are no longer split to
    const offered = check ? unitsFor(check, parent, scope).offered.map((u) => u.name) : [];
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
      const freshCheck = checkSession(fresh);
      const p = fresh.read.plan.indicators.find((r) => r.id === form.parentId);
      if (!p) throw new Error(t.parentGone);
      const result = computeBulk(requestFor(form, p, freshCheck, lang));
      if (!result.ok) throw new Error(bulkProblemText(result.problem, p, t));
      const plan = bulkPatchPlan(fresh, freshCheck, p, result.rows, lang);
      setWrite({ session: fresh, plan, ticked: new Set(), edits });
    });

  const onApply = () =>
    run("bulkApply", async () => {
      if (!pending) return;
      const applied = await applySessionFill(
        host,
        pending.session,
        chosenPlan(pending.plan, pending.ticked)
      );
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

  if (!session || !check) return <ReadFirst intro={t.bulkIntro} />;

  const disabled = !!busy;
  const consolidation = parent ? check.index.rowInfo(parent).consolidation.value : undefined;
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
        indicators={session.read.plan.indicators}
        value={form.parentId}
        disabled={disabled}
        onChange={onParent}
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
            <Button disabled={disabled || !outcome?.ok} onClick={onCopy}>
              {t.copyButton}
            </Button>
            <Button disabled={disabled || !outcome?.ok} onClick={onWritePreview}>
              {t.writePreviewButton}
            </Button>
            {pending && (
              <Button appearance="primary" disabled={disabled || toWrite === 0} onClick={onApply}>
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
