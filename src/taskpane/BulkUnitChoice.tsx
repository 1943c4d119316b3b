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
import { useId } from "react";
import type { OfferedUnit, UnitScope } from "../app/bulk";
import type { BulkMethod, ShareKind } from "../app/bulkTargets";
import { useI18n } from "./i18n";

const useStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    // a fieldset is as wide as its content by default: at 270 px the weight boxes widened the pane
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  amount: { marginLeft: tokens.spacingHorizontalXXL, minWidth: 0 },
  box: { width: "100%", minWidth: 0 },
  under: { display: "block", marginLeft: tokens.spacingHorizontalXXL },
});

/** A unit below a direct child sits indented under it, one step per level. */
const indent = (depth: number) => ({ paddingLeft: `calc(${depth - 1} * 1.25em)` });

export interface BulkUnitChoiceProps {
  /** Units offered: units under the IKU's owner, each followed by those under it. */
  units: OfferedUnit[];
  scope: UnitScope;
  /** Some units lie deeper than the direct children: the scope is a choice. */
  deeper: boolean;
  selected: string[];
  method: BulkMethod;
  shareKind: ShareKind;
  inputs: Record<string, string>;
  disabled: boolean;
  onSelected(units: string[]): void;
  onScope(scope: UnitScope): void;
  onMethod(method: BulkMethod): void;
  onShareKind(kind: ShareKind): void;
  onInput(unit: string, text: string): void;
}

/** Which units take the target, how it is split, and each unit's weight or share. */
export function BulkUnitChoice(props: BulkUnitChoiceProps) {
  const { units, scope, deeper, selected, method, shareKind, inputs, disabled } = props;
  const { t } = useI18n();
  const styles = useStyles();
  // the "under …" line describing a deeper unit's checkbox
  const idBase = useId();
  const underId = (i: number) => `${idBase}-under-${i}`;
  const toggle = (unit: string, on: boolean) =>
    // kept in list order: ties in rounding go to the earlier unit
    props.onSelected(
      units.map((u) => u.name).filter((u) => (u === unit ? on : selected.includes(u)))
    );
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
        {deeper && (
          <Field label={t.unitScopeLabel}>
            <RadioGroup
              value={scope}
              disabled={disabled}
              onChange={(_, d) => props.onScope(d.value as UnitScope)}
            >
              <Radio value="children" label={t.unitScopes.children} />
              <Radio value="descendants" label={t.unitScopes.descendants} />
            </RadioGroup>
          </Field>
        )}
        {units.map(({ name: unit, depth, under }, i) => (
          <div key={unit} style={indent(depth)}>
            <Checkbox
              label={unit}
              checked={selected.includes(unit)}
              disabled={disabled}
              aria-describedby={under ? underId(i) : undefined}
              onChange={(_, d) => toggle(unit, d.checked === true)}
            />
            {under && (
              <Caption1 id={underId(i)} className={styles.under}>
                {t.unitUnder(under)}
              </Caption1>
            )}
            {method !== "equal" && selected.includes(unit) && (
              <Field
                className={styles.amount}
                label={amountLabel(unit)}
                hint={method === "shares" ? t.shareHint : undefined}
              >
                <Input
                  className={styles.box}
                  input={{ className: styles.box }}
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
