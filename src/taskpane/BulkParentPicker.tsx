import { Field, Select, makeStyles } from "@fluentui/react-components";

// long indicator names must not widen the narrow pane: the select keeps to the pane's width
const useStyles = makeStyles({ select: { width: "100%", maxWidth: "100%", minWidth: 0 } });
import type { IndicatorChoice } from "../app/engine";
import { useI18n } from "./i18n";

export interface BulkParentPickerProps {
  indicators: IndicatorChoice[];
  value: string;
  disabled: boolean;
  onChange(id: string): void;
}

/** Every indicator of the workbook, grouped by its unit, as the parent to split. */
export function BulkParentPicker({ indicators, value, disabled, onChange }: BulkParentPickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const byUnit = new Map<string, IndicatorChoice[]>();
  for (const r of indicators) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
  return (
    <Field label={t.parentLabel}>
      <Select
        className={styles.select}
        select={{ className: styles.select }}
        value={value}
        disabled={disabled}
        onChange={(_, d) => onChange(d.value)}
      >
        <option value="">{t.parentPlaceholder}</option>
        {[...byUnit].map(([unit, rows]) => (
          <optgroup key={unit} label={unit}>
            {rows.map((r) => (
              <option key={r.id} value={r.id}>
                {r.code ? `${r.code} · ` : ""}
                {r.name} ({r.target || t.empty})
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
    </Field>
  );
}
