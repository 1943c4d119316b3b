// Ribbon commands. "Periksa Keselarasan" runs the check with the saved profile and highlights the
// workbook without opening the pane; the findings land on the Temuan sheet.
import { OfficeWorkbook } from "../hosts/excel/officeWorkbook";
import { oneClickCheck } from "../app/oneClickCheck";
import { langFrom } from "../core/messages";

async function checkAlignment(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await oneClickCheck(new OfficeWorkbook(), langFrom(Office.context.displayLanguage));
  } catch (err) {
    // a ribbon command has no pane to speak in: the console keeps the reason for support
    console.error("Selaras: the check could not run:", err);
  } finally {
    event.completed();
  }
}

// checkAlignment catches its own errors and always completes the event: nothing to await here
void Office.onReady(() => {
  Office.actions.associate("checkAlignment", (event: Office.AddinCommands.Event) => {
    void checkAlignment(event);
  });
});
