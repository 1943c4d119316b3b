import {
  Body1Strong,
  Caption1,
  Link,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../core/findings";
import { SEVERITY_LABEL, findingMessage } from "../core/messages";
import { SEVERITY_COLOUR } from "../workbook/highlight";
import { useI18n } from "./i18n";

const useStyles = makeStyles({
  severity: { marginTop: tokens.spacingVerticalM },
  severityHeading: {
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: "6px",
    borderLeftStyle: "solid",
  },
  unit: { marginTop: tokens.spacingVerticalS, display: "block" },
  list: { margin: 0, paddingLeft: 0, listStyle: "none" },
  item: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
  },
  link: { textAlign: "left" },
  person: { paddingLeft: tokens.spacingHorizontalM },
});

const ORDER: Severity[] = ["error", "warning", "info"];

interface UnitGroup {
  unit: string;
  /** The unit's own findings. */
  findings: Finding[];
  /** Findings about persons of the unit (their SKP, their activity log), by person. */
  persons: Array<{ person: string; findings: Finding[] }>;
}

/** "Rina Lestari — Analis SDM Aparatur": how the pane heads a person's findings. */
function personLabel(f: Finding): string | undefined {
  return f.person ? `${f.person.name} — ${f.person.jabatan}` : undefined;
}

/**
 * Severity first (errors on top), then unit, each unit in the order the check met it; within a
 * unit, its own findings, then each person's.
 */
export function groupFindings(findings: Finding[], noUnit: string) {
  return ORDER.map((severity) => {
    const groups = new Map<string, UnitGroup>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const unit = f.unit ?? noUnit;
      const g = groups.get(unit) ?? { unit, findings: [], persons: [] };
      const who = personLabel(f);
      if (who === undefined) g.findings.push(f);
      else {
        const p = g.persons.find((x) => x.person === who);
        if (p) p.findings.push(f);
        else g.persons.push({ person: who, findings: [f] });
      }
      groups.set(unit, g);
    }
    const size = (g: UnitGroup) =>
      g.findings.length + g.persons.reduce((n, p) => n + p.findings.length, 0);
    const count = [...groups.values()].reduce((n, g) => n + size(g), 0);
    return {
      severity,
      count,
      units: [...groups.values()].map((g) => ({ ...g, count: size(g) })),
    };
  }).filter((s) => s.count > 0);
}

export interface FindingsListProps {
  findings: Finding[];
  /** Absent when the host cannot select cells (no UI): findings are then plain text. */
  onSelect?: (sheet: string, cell: string) => void;
}

export function FindingsList({ findings, onSelect }: FindingsListProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  return (
    <section aria-label={t.findingsLabel}>
      {groupFindings(findings, t.noUnit).map((s) => (
        <section key={s.severity} className={styles.severity}>
          <Subtitle2
            as="h3"
            className={styles.severityHeading}
            style={{ borderLeftColor: `#${SEVERITY_COLOUR[s.severity]}` }}
          >
            {SEVERITY_LABEL[lang][s.severity]} ({s.count})
          </Subtitle2>
          {s.units.map((u) => (
            <div key={u.unit}>
              <Body1Strong as="h4" className={styles.unit}>
                {u.unit} ({u.count})
              </Body1Strong>
              {u.findings.length > 0 && (
                <ul className={styles.list}>
                  {u.findings.map((f, i) => (
                    <FindingItem key={`${f.code}-${i}`} finding={f} onSelect={onSelect} />
                  ))}
                </ul>
              )}
              {u.persons.map((p) => (
                <div key={p.person} className={styles.person}>
                  <Text as="h5" weight="semibold" className={styles.unit}>
                    {p.person} ({p.findings.length})
                  </Text>
                  <ul className={styles.list}>
                    {p.findings.map((f, i) => (
                      <FindingItem key={`${f.code}-${i}`} finding={f} onSelect={onSelect} />
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}

function FindingItem({
  finding,
  onSelect,
}: {
  finding: Finding;
  onSelect?: FindingsListProps["onSelect"];
}) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const message = findingMessage(finding, lang);
  const target = finding.at;
  const at = target ? `${target.sheet}!${target.cell}` : t.noCell;
  return (
    <li className={styles.item}>
      {onSelect && target ? (
        <Link
          as="button"
          className={styles.link}
          title={t.goToCell(at)}
          onClick={() => onSelect(target.sheet, target.cell)}
        >
          {message}
        </Link>
      ) : (
        <Text>{message}</Text>
      )}
      {finding.chain && finding.chain.length > 1 && (
        <Caption1>
          {t.chain}: {finding.chain.join(" → ")}
        </Caption1>
      )}
      <Caption1>
        {at} · {finding.code}
      </Caption1>
    </li>
  );
}
