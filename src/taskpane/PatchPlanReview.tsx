import {
  Button,
  Caption1,
  Checkbox,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { CellValue } from "../core/cellText";
import type { CellChange, Conflict, PatchPlan } from "../workbook/patches";
import { cellValueText } from "../core/cellText";
import { reasonText } from "../core/reasonMessages";
import { useI18n, type Lang, type Strings } from "./i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: "none" },
  item: {
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
  },
  section: { marginTop: tokens.spacingVerticalS },
  more: { marginTop: tokens.spacingVerticalS },
});

/**
 * How many cells each list draws at first, and how many more each "show more" adds: a fill on a
 * large workbook plans thousands of cells, and drawing them all at once froze the page.
 */
const PAGE = 100;

/** A list drawn a page at a time; `item` gets each entry's index in the whole list. */
function PagedList<T>({
  items,
  label,
  item,
}: {
  items: T[];
  label: string;
  item: (entry: T, index: number) => ReactNode;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const rest = items.length - shown;
  return (
    <>
      <ul className={styles.list} aria-label={label}>
        {items.slice(0, shown).map(item)}
      </ul>
      {rest > 0 && (
        <Button className={styles.more} onClick={() => setShown((n) => n + PAGE)}>
          {t.showMore(Math.min(PAGE, rest))}
        </Button>
      )}
    </>
  );
}

/** A cell's value in the preview: a number in the user's language ("76,5"), a percent cell as "95%". */
export function valueText(v: CellValue, t: Strings, lang: Lang, numFmt?: string): string {
  return cellValueText(v, lang, numFmt) ?? t.empty;
}

/** The plan a user applies: the changes, plus the conflicts they ticked. */
export function chosenPlan(plan: PatchPlan, ticked: ReadonlySet<number>): PatchPlan {
  const accepted = plan.conflicts
    .filter((_, i) => ticked.has(i))
    .map((c) => {
      const change: Partial<Conflict> = { ...c };
      delete change.reason;
      return change as Omit<Conflict, "reason">;
    });
  return {
    ...plan,
    changes: [...plan.changes, ...accepted],
    conflicts: plan.conflicts.filter((_, i) => !ticked.has(i)),
  };
}

export interface PatchPlanReviewProps {
  plan: PatchPlan;
  ticked: ReadonlySet<number>;
  disabled: boolean;
  onTick(index: number, ticked: boolean): void;
}

/** Every cell a fill would write (old → new, and why), conflicts to tick one by one, and skips. */
export function PatchPlanReview({ plan, ticked, disabled, onTick }: PatchPlanReviewProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  // each value under the format it is shown with: the fill's for the new one, the cell's before
  const change = (c: CellChange) =>
    `${c.sheet}!${c.cell}: ${valueText(c.old, t, lang, c.numFmt && c.oldNumFmt)} ${t.arrow} ${valueText(c.new, t, lang, c.numFmt)}`;
  return (
    <div>
      {plan.inserts.map((i) => (
        <Text key={`${i.sheet}-${i.afterRow}`} block>
          {t.insertsLine(i.count, i.sheet, i.afterRow)}
        </Text>
      ))}
      <section className={styles.section}>
        <Subtitle2 as="h2">{t.changesHeading(plan.changes.length)}</Subtitle2>
        <PagedList
          items={plan.changes}
          label={t.changesHeading(plan.changes.length)}
          item={(c) => (
            <li key={`${c.sheet}!${c.cell}`} className={styles.item}>
              <Text>{change(c)}</Text>
              {c.why && <Caption1>{reasonText(c.why, lang)}</Caption1>}
            </li>
          )}
        />
      </section>
      {plan.conflicts.length > 0 && (
        <section className={styles.section}>
          <Subtitle2 as="h2">{t.conflictsHeading(plan.conflicts.length)}</Subtitle2>
          <Caption1 block>{t.conflictsHint}</Caption1>
          <PagedList
            items={plan.conflicts}
            label={t.conflictsHeading(plan.conflicts.length)}
            item={(c, i) => (
              <li key={`${c.sheet}!${c.cell}`} className={styles.item}>
                <Checkbox
                  label={change(c)}
                  checked={ticked.has(i)}
                  disabled={disabled}
                  onChange={(_, d) => onTick(i, d.checked === true)}
                />
                <Caption1>
                  {c.why ? `${reasonText(c.why, lang)} · ` : ""}
                  {reasonText(c.reason, lang)}
                </Caption1>
              </li>
            )}
          />
        </section>
      )}
      {plan.skipped.length > 0 && (
        <section className={styles.section}>
          <Subtitle2 as="h2">{t.skippedHeading(plan.skipped.length)}</Subtitle2>
          <PagedList
            items={plan.skipped}
            label={t.skippedHeading(plan.skipped.length)}
            item={(s, i) => (
              <li key={i} className={styles.item}>
                <Text>
                  {s.cell ? `${s.sheet}!${s.cell}: ` : ""}
                  {reasonText(s.reason, lang)}
                </Text>
              </li>
            )}
          />
        </section>
      )}
    </div>
  );
}
