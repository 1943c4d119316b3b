// Ribbon commands. "Periksa Keselarasan" runs the check without opening the pane; its Excel host
// arrives with issue 4, until then the command only completes so Excel does not wait on it.
function checkAlignment(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate("checkAlignment", checkAlignment);
});
