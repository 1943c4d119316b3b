import { Field, ProgressBar, Spinner } from "@fluentui/react-components";
import { useI18n } from "./i18n";
import { usePane } from "./paneState";

/** The running operation: a progress bar while sheets are read, else a spinner. */
export function BusyIndicator() {
  const { busy, progress } = usePane();
  const { t } = useI18n();
  if (!busy) return null;
  return (
    <div aria-live="polite">
      {progress && progress.total > 0 ? (
        <Field
          label={t.reading(progress.sheet, progress.done, progress.total)}
          validationState="none"
        >
          <ProgressBar value={progress.done / progress.total} />
        </Field>
      ) : (
        <Spinner size="tiny" labelPosition="after" label={`${t.operations[busy]} · ${t.working}`} />
      )}
    </div>
  );
}
