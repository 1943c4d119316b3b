import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../core/findings";
import { SEVERITY_LABEL } from "../core/messages";
import { SEVERITY_COLOUR } from "../core/palette";
import { useI18n } from "./i18n";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    listStyle: "none",
  },
  swatch: {
    width: "14px",
    height: "14px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    display: "inline-block",
  },
});

const ORDER: Severity[] = ["error", "warning", "info"];

/** The colours the check gives cells in the workbook (the same as highlight.ts writes). */
export function ColourLegend() {
  const { lang, t } = useI18n();
  const styles = useStyles();
  return (
    <ul className={styles.row} aria-label={t.legendLabel}>
      {ORDER.map((s) => (
        <li key={s} className={styles.item}>
          <span
            className={styles.swatch}
            style={{ backgroundColor: `#${SEVERITY_COLOUR[s]}` }}
            aria-hidden
          />
          <Caption1>{SEVERITY_LABEL[lang][s]}</Caption1>
        </li>
      ))}
    </ul>
  );
}
