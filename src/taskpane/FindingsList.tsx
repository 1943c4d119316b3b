import {
  Body1Strong,
  Button,
  Caption1,
  Caption1Strong,
  Field,
  Input,
  Link,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState, type ReactNode } from "react";
import type { Finding, FindingCode, Severity, Suggestion } from "../core/findings";
import { GLOSSARY, helpFor } from "../core/help";
import { SEVERITY_LABEL, findingMessage, type Lang } from "../core/messages";
import { numberText } from "../core/numbers";
import { foldText } from "../core/text";
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
  link: { textAlign: "left", display: "flex", flexDirection: "column" },
  message: { display: "block" },
  person: { paddingLeft: tokens.spacingHorizontalM },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
    // a long unit name in a select must not widen the pane
    "& > *": { minWidth: 0 },
  },
  fit: {
    width: "100%",
    "& select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  },
  summary: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  summaryRow: {
    display: "flex",
    flexDirection: "column",
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  suggestions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
    marginTop: tokens.spacingVerticalXXS,
  },
  more: { marginTop: tokens.spacingVerticalS },
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
  /** Absent when the host cannot write: suggestions are then shown without a button. */
  onAccept?: (finding: Finding, suggestion: Suggestion) => void;
  /** What to show under one finding (the preview of an accepted suggestion), if anything. */
  below?: (finding: Finding) => ReactNode;
}

/** How many findings are drawn at first, and how many more each "show more" adds. */
const PAGE = 100;

interface Filter {
  severity: Severity | "";
  unit: string;
  code: string;
  query: string;
}

const NO_FILTER: Filter = { severity: "", unit: "", code: "", query: "" };

/** Everything a planner might type to find a finding: its sentence, unit, IKU, code and cell. */
function searchText(f: Finding, lang: Lang): string {
  const at = f.at ? `${f.at.sheet}!${f.at.cell}` : "";
  return foldText(
    [findingMessage(f, lang), f.unit, f.indicator, f.parent, f.code, at, f.person?.name]
      .filter(Boolean)
      .join(" ")
  );
}

export function FindingsList({ findings, onSelect, onAccept, below }: FindingsListProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE);
  const set = (change: Partial<Filter>) => {
    setFilter((f) => ({ ...f, ...change }));
    setShown(PAGE);
  };
  const units = useMemo(
    () => [...new Set(findings.map((f) => f.unit ?? t.noUnit))],
    [findings, t.noUnit]
  );
  const codes = useMemo(() => [...new Set(findings.map((f) => f.code))].sort(), [findings]);
  const matching = useMemo(() => {
    const words = foldText(filter.query).split(" ").filter(Boolean);
    return findings.filter((f) => {
      if (filter.severity && f.severity !== filter.severity) return false;
      if (filter.unit && (f.unit ?? t.noUnit) !== filter.unit) return false;
      if (filter.code && f.code !== filter.code) return false;
      if (words.length === 0) return true;
      const text = searchText(f, lang);
      return words.every((w) => text.includes(w));
    });
  }, [findings, filter, lang, t.noUnit]);
  // severity first, as the groups show them, so "show more" adds to the end
  const ordered = useMemo(
    () => ORDER.flatMap((sev) => matching.filter((f) => f.severity === sev)),
    [matching]
  );
  const page = ordered.slice(0, shown);
  const actions = { onSelect, onAccept, below };
  const id = useId();
  return (
    <section aria-label={t.findingsLabel}>
      <UnitSummary findings={findings} onUnit={(unit) => set({ unit })} />
      <div role="search" aria-label={t.filtersLabel} className={styles.filters}>
        <Field label={t.searchLabel}>
          <Input
            type="search"
            value={filter.query}
            placeholder={t.searchPlaceholder}
            onChange={(_, d) => set({ query: d.value })}
          />
        </Field>
        <FilterSelect
          label={t.filterSeverity}
          all={t.allSeverities}
          value={filter.severity}
          options={ORDER.map((sev) => [sev, SEVERITY_LABEL[lang][sev]])}
          onChange={(v) => set({ severity: v as Filter["severity"] })}
        />
        <FilterSelect
          label={t.filterUnit}
          all={t.allUnits}
          value={filter.unit}
          options={units.map((u) => [u, u])}
          onChange={(unit) => set({ unit })}
        />
        <FilterSelect
          label={t.filterCode}
          all={t.allCodes}
          value={filter.code}
          options={codes.map((c) => [c, c])}
          onChange={(code) => set({ code })}
        />
      </div>
      <Caption1 id={id} role="status" className={styles.unit}>
        {ordered.length === 0 ? t.noMatch : t.shownOf(page.length, ordered.length)}
      </Caption1>
      {groupFindings(page, t.noUnit).map((s) => (
        <section key={s.severity} className={styles.severity}>
          <Subtitle2
            as="h2"
            className={styles.severityHeading}
            style={{ borderLeftColor: `#${SEVERITY_COLOUR[s.severity]}` }}
          >
            {SEVERITY_LABEL[lang][s.severity]} (
            {ordered.filter((f) => f.severity === s.severity).length})
          </Subtitle2>
          {s.units.map((u) => (
            <div key={u.unit}>
              <Body1Strong as="h3" className={styles.unit}>
                {u.unit} ({u.count})
              </Body1Strong>
              {u.findings.length > 0 && <FindingItems findings={u.findings} {...actions} />}
              {u.persons.map((p) => (
                <div key={p.person} className={styles.person}>
                  <Text as="h4" weight="semibold" className={styles.unit}>
                    {p.person} ({p.findings.length})
                  </Text>
                  <FindingItems findings={p.findings} {...actions} />
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
      {ordered.length > page.length && (
        <Button className={styles.more} onClick={() => setShown((n) => n + PAGE)}>
          {t.showMore(Math.min(PAGE, ordered.length - page.length))}
        </Button>
      )}
    </section>
  );
}

/**
 * Which units are not done: each unit with findings, its errors, warnings and info, the units
 * with errors first; a unit's name shows its findings.
 */
function UnitSummary({
  findings,
  onUnit,
}: {
  findings: Finding[];
  onUnit: (unit: string) => void;
}) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const rows = useMemo(() => {
    const by = new Map<string, Record<Severity, number>>();
    for (const f of findings) {
      const unit = f.unit ?? t.noUnit;
      const r = by.get(unit) ?? { error: 0, warning: 0, info: 0 };
      r[f.severity]++;
      by.set(unit, r);
    }
    return [...by].sort(
      ([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || a.localeCompare(b, "id")
    );
  }, [findings, t.noUnit]);
  const notDone = rows.filter(([, r]) => r.error > 0).length;
  return (
    <div className={styles.summary}>
      <Caption1 block>{t.unitsNotDone(notDone, rows.length)}</Caption1>
      <Disclosure label={t.summaryToggle}>
        {(id) => (
          <ul id={id} className={styles.list} aria-label={t.summaryToggle}>
            {rows.map(([unit, r]) => (
              <li key={unit} className={styles.summaryRow}>
                <Link as="button" title={t.showUnit(unit)} onClick={() => onUnit(unit)}>
                  {unit}
                </Link>
                <Caption1>
                  {ORDER.map(
                    (sev) =>
                      `${numberText(r[sev], lang)} ${SEVERITY_LABEL[lang][sev].toLowerCase()}`
                  ).join(" · ")}
                </Caption1>
              </li>
            ))}
          </ul>
        )}
      </Disclosure>
    </div>
  );
}

/** A unit's (or a person's) findings, each with its actions. */
function FindingItems({
  findings,
  ...actions
}: Pick<FindingsListProps, "findings" | "onSelect" | "onAccept" | "below">) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {findings.map((f, i) => (
        <FindingItem key={`${f.code}-${i}`} finding={f} {...actions} />
      ))}
    </ul>
  );
}

function FindingItem({
  finding,
  onSelect,
  onAccept,
  below,
}: {
  finding: Finding;
  onSelect?: FindingsListProps["onSelect"];
  onAccept?: FindingsListProps["onAccept"];
  below?: FindingsListProps["below"];
}) {
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
    <li className={styles.item}>
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
      <FindingHelp code={finding.code} />
      {below?.(finding)}
    </li>
  );
}

/** A small button that shows or hides what follows it (help, the glossary, the unit summary). */
function Disclosure({
  label,
  appearance = "subtle",
  children,
}: {
  label: string;
  appearance?: "subtle" | "transparent";
  children: (id: string) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <Button
        size="small"
        appearance={appearance}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </Button>
      {open && children(id)}
    </div>
  );
}

/** What a finding code means and how to fix it, opened under the finding (help.html has all). */
function FindingHelp({ code }: { code: FindingCode }) {
  const { lang, t } = useI18n();
  const help = helpFor(code, lang);
  return (
    <Disclosure label={t.helpToggle} appearance="transparent">
      {(id) => (
        <div id={id}>
          <Caption1 block>
            <strong>{t.helpMeans}:</strong> {help.means}
          </Caption1>
          <Caption1 block>
            <strong>{t.helpFix}:</strong> {help.fix}
          </Caption1>
          <Link href={`help.html#${lang === "en" ? "en-" : ""}${code}`} target="_blank">
            {t.helpMore}
          </Link>
        </div>
      )}
    </Disclosure>
  );
}

/** The words the findings use (penuh, sebagian, kontribusi, polaritas, kerangka…), on request. */
export function Glossary() {
  const { lang, t } = useI18n();
  return (
    <Disclosure label={t.glossaryToggle}>
      {(id) => (
        <dl id={id}>
          {GLOSSARY[lang].map((g) => (
            <div key={g.term}>
              <dt>
                <Caption1Strong>{g.term}</Caption1Strong>
              </dt>
              <dd style={{ marginLeft: 0 }}>
                <Caption1>{g.means}</Caption1>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Disclosure>
  );
}

/** One filter: "all" first, then each value; narrow enough for a 270 px pane. */
function FilterSelect(props: {
  label: string;
  all: string;
  value: string;
  options: Array<[value: string, text: string]>;
  onChange: (value: string) => void;
}) {
  const styles = useStyles();
  return (
    <Field label={props.label}>
      <Select
        className={styles.fit}
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
      >
        <option value="">{props.all}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}
