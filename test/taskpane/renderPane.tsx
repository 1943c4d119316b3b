import { render, screen, waitFor } from "@testing-library/react";
import { LocalEngine } from "../../src/app/localEngine";
import { SelarasApp } from "../../src/taskpane/SelarasApp";
import type { Lang } from "../../src/taskpane/i18n";
import type { WorkbookHost } from "../../src/workbook/host";

export function renderPane(
  host: WorkbookHost,
  initialLang?: Lang,
  props: { onEdited?: () => void; downloadToSave?: boolean } = {}
) {
  return render(<SelarasApp engine={new LocalEngine(host)} initialLang={initialLang} {...props} />);
}

/** Waits until no operation runs (its buttons are enabled again). */
export async function settled(buttonName: string | RegExp): Promise<void> {
  await waitFor(() =>
    expect((screen.getByRole("button", { name: buttonName }) as HTMLButtonElement).disabled).toBe(
      false
    )
  );
}
