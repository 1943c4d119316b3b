import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { TargetValue } from "../core/target";
import type { BulkRow, BulkTotal } from "../app/bulkTargets";
import { QUARTERS } from "../app/bulkTargets";
import { useI18n } from "./i18n";

const cell = {
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
};

// At 270 px the unit, the annual and four quarters do not fit: the table scrolls sideways in its
// own area (reachable by keyboard) while the unit column stays in view.
const useStyles = makeStyles({
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
    minWidth: 0,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  table: { borderCollapse: "separate", borderSpacing: 0, width: "100%" },
  unit: {
    ...cell,
    textAlign: "left",
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: "6em",
    maxWidth: "10em",
    overflowWrap: "break-word",
  },
  number: { ...cell, textAlign: "right", whiteSpace: "nowrap" },
  foot: { fontWeight: tokens.fontWeightSemibold },
  firstFoot: { borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
});

export interface BulkResultTableProps {
  rows: BulkRow[];
  /** What the units make together, shown against the parent's target. */
  total?: BulkTotal;
  parentTarget: TargetValue;
  parentPeriods?: TargetValue[];
}

/** Each unit's annual target and quarters, as they would be written, then their total. */
export function BulkResultTable({
  rows,
  total,
  parentTarget,
  parentPeriods,
}: BulkResultTableProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const phased = rows.some((r) => r.periods);
  const parentQuarters = parentPeriods?.length === QUARTERS ? parentPeriods : undefined;
  const unitFirst = mergeClasses(styles.unit, styles.firstFoot);
  const numberFirst = mergeClasses(styles.number, styles.firstFoot);
  return (
    <div className={styles.scroller} role="region" aria-label={t.resultScroll} tabIndex={0}>
      <table className={styles.table} aria-label={t.resultHeading}>
        <thead>
          <tr>
            <th scope="col" className={styles.unit}>
              {t.resultUnit}
            </th>
            <th scope="col" className={styles.number}>
              {t.resultAnnual}
            </th>
            {phased &&
              t.quarters.map((q) => (
                <th key={q} scope="col" className={styles.number}>
                  {q}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unit}>
              <th scope="row" className={styles.unit}>
                {r.unit}
              </th>
              <td className={styles.number}>{r.annual.text}</td>
              {phased &&
                t.quarters.map((q, i) => (
                  <td key={q} className={styles.number}>
                    {r.periods?.[i]?.text ?? ""}
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr className={styles.foot}>
              <th scope="row" className={unitFirst}>
                {t.totals[total.kind]}
              </th>
              <td className={numberFirst}>{total.annual.text}</td>
              {phased &&
                t.quarters.map((q, i) => (
                  <td key={q} className={numberFirst}>
                    {total.periods?.[i]?.text ?? ""}
                  </td>
                ))}
            </tr>
            <tr className={styles.foot}>
              <th scope="row" className={styles.unit}>
                {t.parentRow}
              </th>
              <td className={styles.number}>{parentTarget.original}</td>
              {phased &&
                t.quarters.map((q, i) => (
                  <td key={q} className={styles.number}>
                    {parentQuarters?.[i]?.original ?? ""}
                  </td>
                ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
