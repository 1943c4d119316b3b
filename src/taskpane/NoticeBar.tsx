import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useI18n } from "./i18n";
import { usePane } from "./paneState";

/** The outcome of the last operation, as one sentence; errors never show a stack. */
export function NoticeBar() {
  const { notice, setNotice } = usePane();
  const { t } = useI18n();
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" onClick={() => setNotice(undefined)}>
            {t.dismiss}
          </Button>
        }
      />
    </MessageBar>
  );
}
