/** The layout every view of the pane shares, and the prompt a view shows before a first read. */
import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "./i18n";
import { usePane } from "./paneState";

export const useViewStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** "Workbook belum dibaca": the view's introduction, if any, and the button that reads it. */
export function ReadFirst({ intro }: { intro?: string }) {
  const { busy, run, read } = usePane();
  const { t } = useI18n();
  const styles = useViewStyles();
  return (
    <div className={styles.view}>
      {intro && <Body1>{intro}</Body1>}
      <Body1>{t.needsRead}</Body1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!!busy}
          onClick={() => void run("read", async () => void (await read()))}
        >
          {t.readWorkbook}
        </Button>
      </div>
    </div>
  );
}
