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
  type BulkMethod,
  type BulkRequest,
  type PhasingChoice,
  type ShareKind,
} from "./bulkTargets";
import { copyText } from "./clipboard";
import { useI18n } from "./i18n";
import { usePane } from "./paneState";
import { ReadFirst, useViewStyles } from "./viewLayout";
import { PatchPlanReview, chosenPlan } from "./PatchPlanReview";

interface BulkForm {
  parentId: string;
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
  units: [],
  method: "equal",
  shareKind: "percent",
  inputs: {},
  phasing: "none",
  customProfile: false,
  profile: "",
};

/** The units offered for a parent: its unit's direct children first, then every other unit with rows. */
function unitsFor(
  check: CheckResult,
  parent: Indicator | undefined
): { all: string[]; children: string[] } {
  if (!parent) return { all: [], children: [] };
  const index = check.index;
  const own = index.node(parent.unit);
  const children = (own?.children ?? [])
    .map((k) => index.units.get(k)?.name)
    .filter((n): n is string => !!n);
  const others = [...index.units.values()]
    .filter((u) => u !== own && u.rows.length > 0 && !children.includes(u.name))
    .map((u) => u.name);
  return { all: [...children, ...others], children };
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
  const { host, session, busy, edits, run, read, markEdited, setNotice } = usePane();
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
    () => (check ? unitsFor(check, parent) : { all: [], children: [] }),
    [check, parent]
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
    const children = check && p ? unitsFor(check, p).children : [];
    setForm({ ...form, parentId: id, units: children, inputs: {} });
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
      markEdited();
      setWrite(undefined);
      setNotice(appliedNotice(applied, t, lang));
      await read();
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
            units={units.all}
            selected={form.units}
            method={form.method}
            shareKind={form.shareKind}
            inputs={form.inputs}
            disabled={disabled}
            onSelected={(u) => setForm({ ...form, units: u })}
            onMethod={(method) => setForm({ ...form, method })}
            onShareKind={(shareKind) => setForm({ ...form, shareKind })}
            onInput={(unit, text) => setForm({ ...form, inputs: { ...form.inputs, [unit]: text } })}
          />
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
            {outcome?.ok && <BulkResultTable rows={outcome.rows} />}
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
