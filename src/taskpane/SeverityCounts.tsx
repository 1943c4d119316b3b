import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckSummary } from "../core/check";
import { useI18n } from "./i18n";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    listStyle: "none",
  },
});

/** Errors, warnings and info at a glance, above the list. */
export function SeverityCounts({ summary }: { summary: CheckSummary }) {
  const { t } = useI18n();
  const styles = useStyles();
  const items = [
    { key: "error", n: summary.errors, text: t.countError(summary.errors), color: "danger" },
    {
      key: "warning",
      n: summary.warnings,
      text: t.countWarning(summary.warnings),
      color: "warning",
    },
    { key: "info", n: summary.info, text: t.countInfo(summary.info), color: "informative" },
  ] as const;
  return (
    <ul className={styles.row} aria-label={t.countsLabel}>
      {items.map((i) => (
        <li key={i.key} className={styles.item}>
          {/* the legend's colours; a zero is grey, never a red alarm */}
          <Badge appearance="filled" color={i.n === 0 ? "subtle" : i.color} aria-hidden>
            {i.n}
          </Badge>
          <span>{i.text}</span>
        </li>
      ))}
    </ul>
  );
}
