import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";

// The pane boots inside Excel; outside Office, office.js reports no host and the pane says so.
Office.onReady((info) => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App host={info.host === Office.HostType.Excel ? "excel" : null} />
    </FluentProvider>
  );
});
