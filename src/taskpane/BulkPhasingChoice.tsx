import { Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import type { PhasingChoice } from "../app/bulkTargets";
import { useI18n } from "./i18n";

export interface BulkPhasingChoiceProps {
  phasing: PhasingChoice;
  custom: boolean;
  profile: string;
  disabled: boolean;
  onPhasing(phasing: PhasingChoice): void;
  onCustom(custom: boolean): void;
  onProfile(profile: string): void;
}

/** Whether and how each unit's annual target is spread over TW I–IV. */
export function BulkPhasingChoice(props: BulkPhasingChoiceProps) {
  const { phasing, custom, profile, disabled } = props;
  const { t } = useI18n();
  return (
    <>
      <Field label={t.phasingLabel}>
        <RadioGroup
          value={phasing}
          disabled={disabled}
          onChange={(_, d) => props.onPhasing(d.value as PhasingChoice)}
        >
          <Radio value="none" label={t.phasingModes.none} />
          <Radio value="cumulative" label={t.phasingModes.cumulative} />
          <Radio value="per-period" label={t.phasingModes["per-period"]} />
        </RadioGroup>
      </Field>
      {phasing !== "none" && (
        <Field label={t.profileLabel}>
          <RadioGroup
            value={custom ? "custom" : "equal"}
            disabled={disabled}
            layout="horizontal"
            onChange={(_, d) => props.onCustom(d.value === "custom")}
          >
            <Radio value="equal" label={t.profiles.equal} />
            <Radio value="custom" label={t.profiles.custom} />
          </RadioGroup>
        </Field>
      )}
      {phasing !== "none" && custom && (
        <Field label={t.profileInputLabel}>
          <Input
            value={profile}
            disabled={disabled}
            placeholder={phasing === "cumulative" ? "10/30/60/100" : "10/20/30/40"}
            onChange={(_, d) => props.onProfile(d.value)}
          />
        </Field>
      )}
    </>
  );
}
