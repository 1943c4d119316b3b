import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { ColumnOption } from "../app/engine";
import type { SheetSummary, TableSummary } from "../workbook/read";
import type { Layout } from "../workbook/profile";
import { reasonText } from "../core/reasonMessages";
import { useI18n } from "./i18n";
import {
  EDITABLE_FIELDS,
  periodLetters,
  type EditableField,
  type ReadAs,
  type SheetDraft,
} from "./mappingDraft";

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  title: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface SheetMappingCardProps {
  summary: SheetSummary;
  tables: TableSummary[];
  draft: SheetDraft;
  columns: ColumnOption[];
  disabled: boolean;
  onChange(draft: SheetDraft): void;
}

const LAYOUTS: Layout[] = ["A", "B", "C", "D"];
const STATUS_COLOUR = { read: "success", ignored: "informative", refused: "danger" } as const;

/** One sheet: what it was read as (or why not), and the mapping the user may correct. */
export function SheetMappingCard({
  summary,
  tables,
  draft,
  columns,
  disabled,
  onChange,
}: SheetMappingCardProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const headingId = useId("sheet");
  const detected = (field: EditableField) => tables.find((x) => x.columns[field])?.columns[field];
  const detectedPeriods = tables.find((x) => x.columns.periods)?.columns.periods ?? "";
  const columnText = (o: ColumnOption) => (o.label ? `${o.letter} · ${o.label}` : o.letter);
  // a letter the profile names outside the sheet's used range stays choosable
  const options = [
    ...columns,
    ...Object.values(draft.columns)
      .filter((l): l is string => !!l && !columns.some((o) => o.letter === l))
      .map((letter) => ({ letter })),
  ];
  const setColumn = (field: EditableField, letter: string) =>
    onChange({ ...draft, columns: { ...draft.columns, [field]: letter } });

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.title}>
        <Subtitle2 as="h2" id={headingId}>
          {summary.sheet}
        </Subtitle2>
        <Badge appearance="tint" color={STATUS_COLOUR[summary.status]}>
          {t.status[summary.status]}
        </Badge>
      </div>
      {tables.map((table) => (
        <div key={table.range}>
          <Text>
            {t.tableLine(
              table.range,
              `${table.layout} (${t.layoutShort[table.layout]})`,
              table.unit
            )}
          </Text>
          <br />
          <Caption1>
            {t.columnsLine}:{" "}
            {Object.entries(table.columns)
              .filter(([field]) => field !== "never")
              .map(([field, letter]) => `${t.fieldShort[field] ?? field} ${letter}`)
              .join(", ")}
          </Caption1>
        </div>
      ))}
      {summary.reason && <Text>{reasonText(summary.reason, lang)}</Text>}
      {summary.notes.map((n, i) => (
        <Caption1 key={i}>{reasonText(n, lang)}</Caption1>
      ))}
      <Accordion collapsible>
        <AccordionItem value="edit">
          <AccordionHeader size="small">{t.editMapping}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.form}>
              <Field label={t.layoutLabel}>
                <Select
                  value={draft.readAs}
                  disabled={disabled}
                  onChange={(_, d) => onChange({ ...draft, readAs: d.value as ReadAs })}
                >
                  <option value="auto">{t.layoutAuto}</option>
                  {LAYOUTS.map((l) => (
                    <option key={l} value={l}>
                      {t.layouts[l]}
                    </option>
                  ))}
                  <option value="ignore">{t.layoutIgnore}</option>
                </Select>
              </Field>
              <Field label={t.unitLabel} hint={t.unitHint}>
                <Input
                  value={draft.unit}
                  disabled={disabled}
                  placeholder={summary.unit ?? ""}
                  onChange={(_, d) => onChange({ ...draft, unit: d.value })}
                />
              </Field>
              <Field
                label={t.periodsLabel}
                hint={t.periodsHint(detectedPeriods || "—")}
                validationState={periodLetters(draft.periods) ? "none" : "error"}
                validationMessage={periodLetters(draft.periods) ? undefined : t.periodsInvalid}
              >
                <Input
                  value={draft.periods}
                  disabled={disabled}
                  onChange={(_, d) => onChange({ ...draft, periods: d.value })}
                />
              </Field>
              {EDITABLE_FIELDS.map((field) => (
                <Field key={field} label={t.fields[field]}>
                  <Select
                    value={draft.columns[field] ?? ""}
                    disabled={disabled}
                    onChange={(_, d) => setColumn(field, d.value)}
                  >
                    <option value="">{t.columnAuto(detected(field))}</option>
                    {options.map((o) => (
                      <option key={o.letter} value={o.letter}>
                        {columnText(o)}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
