import { Body1, Title2 } from "@fluentui/react-components";

export interface AppProps {
  host: "excel" | null;
}

/** The task pane shell; the check, setup, fill and bulk-target views come with the Excel host. */
export function App({ host }: AppProps) {
  return (
    <main style={{ padding: 16 }}>
      <Title2 as="h1">Selaras</Title2>
      <Body1 as="p">
        {host === "excel"
          ? "Selaras terhubung ke Excel. / Connected to Excel."
          : "Panel ini perlu dibuka di Excel. / This pane needs Excel."}
      </Body1>
    </main>
  );
}
