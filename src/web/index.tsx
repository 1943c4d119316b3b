import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Title2, Body1 } from "@fluentui/react-components";

// The standalone page: the same engine over an .xlsx opened in the browser, with no office.js.
createRoot(document.getElementById("root") as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <main style={{ padding: 16 }}>
      <Title2 as="h1">Selaras</Title2>
      <Body1 as="p">
        Buka workbook .xlsx untuk memeriksa keselarasan IKU. / Open an .xlsx workbook to check IKU
        alignment.
      </Body1>
    </main>
  </FluentProvider>
);
