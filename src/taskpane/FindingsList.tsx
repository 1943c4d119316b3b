import {
  Body1Strong,
  Caption1,
  Field,
  Input,
  Link,
  Select,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { Suspense, lazy, useId, useMemo, useState } from "react";
import type { Finding, Severity } from "../core/findings";
import { SEVERITY_LABEL, findingMessage, type Lang } from "../core/messages";
import { numberText } from "../core/numbers";
import { foldText } from "../core/text";
import { Disclosure } from "./Disclosure";
import { FindingItems, SeverityHeading, type ListActions } from "./FindingItem";
import { DRAWN_WHOLE, ORDER, groupFindings } from "./findingGroups";
import { useFindingStyles as useStyles } from "./findingStyles";
import { useI18n } from "./i18n";

export { groupFindings } from "./findingGroups";

const WindowedFindings = lazy(() => import("./WindowedFindings"));
const GlossaryList = lazy(() => import("./HelpTexts").then((m) => ({ default: m.GlossaryList })));

export interface FindingsListProps extends ListActions {
  findings: Finding[];
}

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

export function FindingsList({
  findings,
  onSelect,
  onAccept,
  below,
  onFillFrom,
}: FindingsListProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const set = (change: Partial<Filter>) => setFilter((f) => ({ ...f, ...change }));
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
  const actions = { onSelect, onAccept, below, onFillFrom };
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
        {matching.length === 0 ? t.noMatch : t.shownOf(matching.length, findings.length)}
      </Caption1>
      {matching.length > DRAWN_WHOLE ? (
        <Suspense fallback={<Spinner size="tiny" />}>
          <WindowedFindings findings={matching} {...actions} />
        </Suspense>
      ) : (
        <GroupedFindings findings={matching} {...actions} />
      )}
    </section>
  );
}

/** Severity, unit and person headings over nested lists: every finding drawn. */
function GroupedFindings({ findings, ...actions }: { findings: Finding[] } & ListActions) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  return (
    <>
      {groupFindings(findings, t.noUnit).map((s) => (
        <section key={s.severity} className={styles.severity}>
          <SeverityHeading severity={s.severity} count={s.count} />
          {s.units.map((u) => (
            <div key={u.unit}>
              <Body1Strong as="h3" className={styles.unit}>
                {u.unit} ({numberText(u.count, lang)})
              </Body1Strong>
              {u.findings.length > 0 && <FindingItems findings={u.findings} {...actions} />}
              {u.persons.map((p) => (
                <div key={p.person} className={styles.person}>
                  <Text as="h4" weight="semibold" className={styles.unit}>
                    {p.person} ({numberText(p.findings.length, lang)})
                  </Text>
                  <FindingItems findings={p.findings} {...actions} />
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
    </>
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

/** The words the findings use (penuh, sebagian, kontribusi, polaritas, kerangka…), on request. */
export function Glossary() {
  const { t } = useI18n();
  return (
    <Disclosure label={t.glossaryToggle}>
      {(id) => (
        <Suspense fallback={<Spinner size="extra-tiny" />}>
          <GlossaryList id={id} />
        </Suspense>
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
