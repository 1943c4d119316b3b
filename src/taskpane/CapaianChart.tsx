import {
  Caption1,
  Caption1Strong,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CapaianBand } from "../core/capaian";
import type { CapaianSummary } from "../core/check";
import { BAND_LABEL, percentText } from "../core/messages";
import { useI18n } from "./i18n";

/** The bar's scale: 120 % (the default cap) fills the track; the 100 % mark sits at 5/6. */
const SCALE = 120;

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  level: { display: "grid", gap: tokens.spacingVerticalXXS },
  unit: { display: "grid", gap: "2px" },
  track: {
    position: "relative",
    height: "10px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: { height: "100%", borderRadius: tokens.borderRadiusSmall },
  target: {
    position: "absolute",
    top: "-2px",
    bottom: "-2px",
    left: `${(100 / SCALE) * 100}%`,
    borderLeft: `2px solid ${tokens.colorNeutralForeground2}`,
  },
  good: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  fair: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  poor: { backgroundColor: tokens.colorPaletteRedBackground3 },
});

/**
 * Capaian per unit as a leader reads it at a glance: a bar per unit, coloured by band (reached,
 * close, behind), with the 100 % mark, grouped by level of the hierarchy. The figures are text
 * beside the bars, so the picture is never the only way to read them.
 */
export function CapaianChart({ capaian }: { capaian: CapaianSummary }) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const bandClass: Record<CapaianBand, string> = {
    good: styles.good,
    fair: styles.fair,
    poor: styles.poor,
  };
  const line = (value: number, band: CapaianBand) =>
    `${percentText(value, lang)} — ${BAND_LABEL[lang][band]}`;
  return (
    <section aria-labelledby="selaras-capaian">
      <Subtitle2 as="h2" id="selaras-capaian">
        {t.capaianHeading}
      </Subtitle2>
      <ul className={styles.list}>
        {capaian.levels.map((level) => (
          <li key={level.depth} className={styles.level}>
            <Caption1Strong>
              {t.capaianLevel(level.depth)} · {line(level.capaian, level.band)}
            </Caption1Strong>
            <ul className={styles.list} aria-label={t.capaianLevel(level.depth)}>
              {capaian.units
                .filter((u) => u.depth === level.depth)
                .map((u) => (
                  <li key={u.unit} className={styles.unit}>
                    <Caption1>
                      {u.unit}: {line(u.capaian, u.band)} ({t.capaianRows(u.rows)})
                    </Caption1>
                    <div className={styles.track} aria-hidden>
                      <div
                        className={`${styles.bar} ${bandClass[u.band]}`}
                        style={{
                          width: `${(Math.min(Math.max(u.capaian, 0), SCALE) / SCALE) * 100}%`,
                        }}
                      />
                      <div className={styles.target} />
                    </div>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
