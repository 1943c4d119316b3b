import { makeStyles, tokens } from "@fluentui/react-components";
import type { BulkRow } from "./bulkTargets";
import { useI18n } from "./i18n";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
  },
  number: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "right",
    whiteSpace: "nowrap",
  },
});

/** Each unit's annual target and quarters, as they would be written. */
export function BulkResultTable({ rows }: { rows: BulkRow[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  const phased = rows.some((r) => r.periods);
  return (
    <table className={styles.table} aria-label={t.resultHeading}>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
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
            <th scope="row" className={styles.cell}>
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
    </table>
  );
}
