import { Caption1, Switch, Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "./i18n";
import { useI18n } from "./i18n";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
  titles: { display: "flex", flexDirection: "column" },
});

export interface PaneHeaderProps {
  onLangChange(lang: Lang): void;
  /** False inside a page that has its own title (the web page): only the language switch. */
  titled?: boolean;
}

/** The title and the language switch (Indonesian by default; English when switched on). */
export function PaneHeader({ onLangChange, titled = true }: PaneHeaderProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      {titled && (
        <div className={styles.titles}>
          <Title2 as="h1">{t.appTitle}</Title2>
          <Caption1>{t.appSubtitle}</Caption1>
        </div>
      )}
      <Switch
        label={t.englishSwitch}
        checked={lang === "en"}
        onChange={(_, data) => onLangChange(data.checked ? "en" : "id")}
      />
    </header>
  );
}
