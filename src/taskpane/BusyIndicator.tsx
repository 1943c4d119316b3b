import { Field, ProgressBar, Spinner } from "@fluentui/react-components";
import { useI18n } from "./i18n";
import { usePane } from "./paneState";

/**
 * The running operation: a progress bar while sheets are read, else a spinner naming the step
 * (finding the tables, checking, colouring…), so a long check on a large workbook visibly moves.
 */
export function BusyIndicator() {
  const { busy, progress } = usePane();
  const { t } = useI18n();
  if (!busy) return null;
  const sheets = progress?.phase === "sheets" && progress.total ? progress : undefined;
  return (
    <div id="selaras-busy" aria-live="polite">
      {sheets ? (
        <Field
          label={t.reading(sheets.sheet ?? "", sheets.done ?? 0, sheets.total ?? 0)}
          validationState="none"
        >
          <ProgressBar value={(sheets.done ?? 0) / (sheets.total ?? 1)} />
        </Field>
      ) : (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={`${t.operations[busy]} · ${progress ? `${t.phases[progress.phase]}…` : t.working}`}
        />
      )}
    </div>
  );
}
