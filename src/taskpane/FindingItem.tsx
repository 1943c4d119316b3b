/** One finding with what can be done about it, and the headings the list groups findings under. */
import { Button, Caption1, Link, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { Suspense, lazy, type ReactNode } from "react";
import type { Finding, FindingCode, Severity, Suggestion } from "../core/findings";
import { SEVERITY_LABEL, findingMessage } from "../core/messages";
import { numberText } from "../core/numbers";
import { SEVERITY_COLOUR } from "../core/palette";
import { Disclosure } from "./Disclosure";
import { canFillFrom } from "./fillFocus";
import { useFindingStyles as useStyles } from "./findingStyles";
import { useI18n } from "./i18n";

const CodeHelp = lazy(() => import("./HelpTexts").then((m) => ({ default: m.CodeHelp })));

/** What a finding's control can do, given by the view that lists it. */
export interface ListActions {
  /** Absent when the host cannot select cells (no UI): findings are then plain text. */
  onSelect?: (sheet: string, cell: string) => void;
  /** Absent when the host cannot write: suggestions are then shown without a button. */
  onAccept?: (finding: Finding, suggestion: Suggestion) => void;
  /** What to show under one finding (the preview of an accepted suggestion), if anything. */
  below?: (finding: Finding) => ReactNode;
  /** Opens Fill for the finding's IKU ("Isi dari atasan"); absent when the host cannot write. */
  onFillFrom?: (finding: Finding) => void;
}

export function SeverityHeading({ severity, count }: { severity: Severity; count: number }) {
  const { lang } = useI18n();
  const styles = useStyles();
  return (
    <Subtitle2
      as="h2"
      className={styles.severityHeading}
      style={{ borderLeftColor: `#${SEVERITY_COLOUR[severity]}` }}
    >
      {SEVERITY_LABEL[lang][severity]} ({numberText(count, lang)})
    </Subtitle2>
  );
}

export /** A unit's (or a person's) findings, each with its actions. */
function FindingItems({ findings, ...actions }: { findings: Finding[] } & ListActions) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {findings.map((f, i) => (
        <FindingItem key={`${f.code}-${i}`} finding={f} {...actions} />
      ))}
    </ul>
  );
}

export function FindingItem({
  as: Item = "li",
  finding,
  onSelect,
  onAccept,
  below,
  onFillFrom,
}: {
  /** A list item in the nested lists; a plain block among the windowed rows. */
  as?: "li" | "div";
  finding: Finding;
} & ListActions) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const message = findingMessage(finding, lang);
  const target = finding.at;
  const at = target ? `${target.sheet}!${target.cell}` : t.noCell;
  // the location and the code belong to the control: a screen reader hears where it leads
  const where = (
    <Caption1 block>
      {at} · {finding.code}
    </Caption1>
  );
  return (
    <Item className={styles.item}>
      {onSelect && target ? (
        <Link
          as="button"
          className={styles.link}
          title={t.goToCell(at)}
          onClick={() => onSelect(target.sheet, target.cell)}
        >
          <span className={styles.message}>{message}</span>
          {where}
        </Link>
      ) : (
        <div>
          <Text block>{message}</Text>
          {where}
        </div>
      )}
      {finding.chain && finding.chain.length > 1 && (
        <Caption1>
          {t.chain}: {finding.chain.join(" → ")}
        </Caption1>
      )}
      {finding.suggestions.length > 0 && (
        <div className={styles.suggestions} role="group" aria-label={t.suggestionsLabel}>
          <Caption1>{t.suggestionsLabel}:</Caption1>
          {finding.suggestions.map((s) =>
            onAccept ? (
              <Button
                key={`${s.unit}-${s.indicator}`}
                size="small"
                onClick={() => onAccept(finding, s)}
              >
                {t.acceptParent(`${s.indicator} (${s.unit})`)}
              </Button>
            ) : (
              <Caption1 key={`${s.unit}-${s.indicator}`}>
                {s.indicator} ({s.unit})
              </Caption1>
            )
          )}
        </div>
      )}
      {onFillFrom && canFillFrom(finding) && (
        <div>
          <Button size="small" onClick={() => onFillFrom(finding)}>
            {t.fillFromParent}
          </Button>
        </div>
      )}
      <FindingHelp code={finding.code} />
      {below?.(finding)}
    </Item>
  );
}

/** What a finding code means and how to fix it, opened under the finding (help.html has all). */
function FindingHelp({ code }: { code: FindingCode }) {
  const { t } = useI18n();
  return (
    <Disclosure label={t.helpToggle} appearance="transparent">
      {(id) => (
        <Suspense fallback={<Spinner size="extra-tiny" />}>
          <CodeHelp id={id} code={code} />
        </Suspense>
      )}
    </Disclosure>
  );
}
