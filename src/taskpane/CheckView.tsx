import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { understandingMessage } from "../core/understanding";
import { useState } from "react";
import type { Finding, Suggestion } from "../core/findings";
import type { PatchPlan } from "../workbook/patches";
import { appliedNotice } from "./appliedNotice";
import { CapaianChart } from "./CapaianChart";
import { ColourLegend } from "./ColourLegend";
import { FindingsList, Glossary } from "./FindingsList";
import { useFillNavigation } from "./fillFocus";
import { showReport, todayIso } from "./printReport";
import { useI18n } from "./i18n";
import { usePane, useSelectCell } from "./paneState";
import { useViewStyles } from "./viewLayout";
import { SeverityCounts } from "./SeverityCounts";

/** "Periksa keselarasan": read, check, colour the workbook, list the findings. */
export function CheckView() {
  const {
    engine,
    busy,
    run,
    setNotice,
    check: current,
    checkNow,
    workbook,
    afterWrite,
    downloadToSave,
  } = usePane();
  const { lang, t } = useI18n();
  const styles = useViewStyles();
  // a suggested parent the planner chose, previewed under its finding until written or cancelled
  const [pending, setPending] = useState<{ finding: Finding; plan: PatchPlan }>();

  const { fillFrom } = useFillNavigation();
  const onReport = () =>
    run("report", async () => {
      const html = await engine.report({ lang, date: todayIso() });
      const how = showReport(html, t.reportFile, downloadToSave);
      setNotice({
        intent: "success",
        text: how === "opened" ? t.reportOpened : t.reportDownloaded,
      });
    });
  const onAccept = (finding: Finding, suggestion: Suggestion) =>
    void run("preview", async () => {
      const planned = await engine.planAcceptParent(finding, suggestion);
      if ("refused" in planned) {
        setPending(undefined);
        setNotice({ intent: "warning", text: t.acceptRefused[planned.refused] });
        return;
      }
      setPending({ finding, plan: planned.plan });
    });

  const onWrite = () =>
    run("apply", async () => {
      if (!pending || !workbook) return;
      const change = pending.plan.changes[0];
      const applied = await engine.apply(pending.plan);
      setPending(undefined);
      if (applied.refused.length > 0) {
        setNotice(appliedNotice(applied, t, lang));
        return;
      }
      await afterWrite();
      const text = t.accepted(`${change.sheet}!${change.cell}`, String(change.new));
      setNotice({ intent: "success", text: downloadToSave ? `${text} ${t.downloadToKeep}` : text });
    });

  const below = (finding: Finding) => {
    if (pending?.finding !== finding) return null;
    const change = pending.plan.changes[0];
    return (
      <div role="group" aria-label={t.suggestionsLabel}>
        <Caption1 block>
          {t.acceptPreview(
            `${change.sheet}!${change.cell}`,
            change.old === null || change.old === "" ? t.empty : String(change.old),
            String(change.new)
          )}
        </Caption1>
        <div className={styles.actions}>
          <Button
            size="small"
            appearance="primary"
            disabled={!!busy}
            onClick={() => void onWrite()}
          >
            {t.acceptApply}
          </Button>
          <Button size="small" disabled={!!busy} onClick={() => setPending(undefined)}>
            {t.acceptCancel}
          </Button>
        </div>
      </div>
    );
  };

  const onCheck = () =>
    run("check", async () => {
      const { result, empty } = await checkNow();
      if (!empty) setNotice({ intent: "success", text: t.checked(result.findings.length) });
    });

  const onClear = () =>
    run("clear", async () => {
      const { kept } = await engine.clearHighlights();
      setNotice(
        kept.length > 0
          ? { intent: "warning", text: t.clearedButProtected(kept) }
          : { intent: "success", text: t.cleared }
      );
    });

  const onSelect = useSelectCell();

  const summary = current?.result.summary;
  // what the check could not place: a workbook not understood must not look aligned
  const notes = current && !current.empty ? current.result.notes : [];
  return (
    <div className={styles.view}>
      <Body1>{t.checkIntro}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!!busy} onClick={() => void onCheck()}>
          {t.checkButton}
        </Button>
        <Button disabled={!!busy} onClick={() => void onClear()}>
          {t.clearButton}
        </Button>
        {current && !current.empty && (
          <Button disabled={!!busy} onClick={() => void onReport()}>
            {t.reportButton}
          </Button>
        )}
      </div>
      {current?.empty && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noIndicators}</MessageBarBody>
        </MessageBar>
      )}
      {current && summary && !current.empty && (
        <>
          <SeverityCounts summary={summary} />
          <ColourLegend />
          <Glossary />
          {notes.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t.notUnderstood}</MessageBarTitle>
                <ul aria-label={t.notUnderstood}>
                  {notes.map((n) => (
                    <li key={n.code}>{understandingMessage(n, lang)}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {summary.errors + summary.warnings === 0 && notes.length === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>{t.allClear}</MessageBarBody>
            </MessageBar>
          )}
          {current.result.capaian && <CapaianChart capaian={current.result.capaian} />}
          <FindingsList
            findings={current.result.findings}
            onSelect={onSelect}
            onAccept={workbook ? onAccept : undefined}
            onFillFrom={workbook ? fillFrom : undefined}
            below={below}
          />
        </>
      )}
    </div>
  );
}
