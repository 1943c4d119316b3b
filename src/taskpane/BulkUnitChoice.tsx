import {
  Caption1,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BulkMethod, ShareKind } from "./bulkTargets";
import { useI18n } from "./i18n";

const useStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  amount: { marginLeft: tokens.spacingHorizontalXXL },
});

export interface BulkUnitChoiceProps {
  /** Units offered, the parent's direct children first. */
  units: string[];
  selected: string[];
  method: BulkMethod;
  shareKind: ShareKind;
  inputs: Record<string, string>;
  disabled: boolean;
  onSelected(units: string[]): void;
  onMethod(method: BulkMethod): void;
  onShareKind(kind: ShareKind): void;
  onInput(unit: string, text: string): void;
}

/** Which units take the target, how it is split, and each unit's weight or share. */
export function BulkUnitChoice(props: BulkUnitChoiceProps) {
  const { units, selected, method, shareKind, inputs, disabled } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const toggle = (unit: string, on: boolean) =>
    // kept in list order: ties in rounding go to the earlier unit
    props.onSelected(units.filter((u) => (u === unit ? on : selected.includes(u))));
  const amountLabel = (unit: string) =>
    method === "basis" ? t.weightFor(unit) : t.shareFor(unit, shareKind === "percent");
  return (
    <>
      <Field label={t.methodLabel}>
        <RadioGroup
          value={method}
          disabled={disabled}
          onChange={(_, d) => props.onMethod(d.value as BulkMethod)}
        >
          <Radio value="equal" label={t.methods.equal} />
          <Radio value="basis" label={t.methods.basis} />
          <Radio value="shares" label={t.methods.shares} />
        </RadioGroup>
      </Field>
      {method === "shares" && (
        <Field label={t.shareKindLabel}>
          <Select
            value={shareKind}
            disabled={disabled}
            onChange={(_, d) => props.onShareKind(d.value as ShareKind)}
          >
            <option value="percent">{t.shareKinds.percent}</option>
            <option value="absolute">{t.shareKinds.absolute}</option>
          </Select>
        </Field>
      )}
      <fieldset className={styles.fieldset}>
        <legend>{t.unitsLabel}</legend>
        <Caption1>{units.length > 0 ? t.unitsHint : t.noUnits}</Caption1>
        {units.map((unit) => (
          <div key={unit}>
            <Checkbox
              label={unit}
              checked={selected.includes(unit)}
              disabled={disabled}
              onChange={(_, d) => toggle(unit, d.checked === true)}
            />
            {method !== "equal" && selected.includes(unit) && (
              <Field
                className={styles.amount}
                label={amountLabel(unit)}
                hint={method === "shares" ? t.shareHint : undefined}
              >
                <Input
                  inputMode="decimal"
                  value={inputs[unit] ?? ""}
                  disabled={disabled}
                  onChange={(_, d) => props.onInput(unit, d.value)}
                />
              </Field>
            )}
          </div>
        ))}
      </fieldset>
    </>
  );
}
