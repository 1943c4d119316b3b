/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { MemoryHost } from "./memoryHost";
import { renderPane, settled } from "./renderPane";

const SHEETS = [
  "Hierarki",
  "PK Badan",
  "PK Sestama",
  "PK Deputi Mutasi",
  "IKU Eselon II",
  "PK Tim Layanan Mutasi",
  "Matriks Cascading",
];

function sheetCard(name: string): HTMLElement {
  return screen.getByRole("region", { name });
}

async function openSetup() {
  fireEvent.click(screen.getByRole("tab", { name: "Pemetaan" }));
  fireEvent.click(screen.getByRole("button", { name: "Baca workbook" }));
  await screen.findByRole("region", { name: "Matriks Cascading" });
}

describe("Setup (mapping) view", () => {
  it("shows what each sheet was read as", async () => {
    renderPane(new MemoryHost());
    await openSetup();
    for (const name of SHEETS) expect(sheetCard(name)).toBeTruthy();
    const badan = sheetCard("PK Badan");
    expect(within(badan).getByText("terbaca")).toBeTruthy();
    expect(
      within(badan).getByText(
        /^A4:M12 · B \(lembar per unit\) · KEPALA BADAN KEPEGAWAIAN NUSANTARA$/
      )
    ).toBeTruthy();
    expect(within(badan).getByText(/indikator D, satuan E, target F/)).toBeTruthy();
    expect(
      within(sheetCard("Matriks Cascading")).getByText(/^A3:G7 · C \(matriks\)$/)
    ).toBeTruthy();
  });

  it("saves the corrected mapping into the profile, keeping what the workbook recorded, and reads again", async () => {
    const host = new MemoryHost();
    renderPane(host);
    // a check first: the profile then records highlights, which saving must not lose
    fireEvent.click(screen.getByRole("button", { name: "Periksa keselarasan" }));
    await waitFor(() => expect(host.calls.highlight).toHaveLength(1));
    await settled("Periksa keselarasan");
    await openSetup();

    const matrix = sheetCard("Matriks Cascading");
    fireEvent.click(within(matrix).getByRole("button", { name: "Ubah pemetaan" }));
    fireEvent.change(within(matrix).getByLabelText("Baca lembar sebagai"), {
      target: { value: "ignore" },
    });

    const sestama = sheetCard("PK Sestama");
    fireEvent.click(within(sestama).getByRole("button", { name: "Ubah pemetaan" }));
    const target = within(sestama).getByLabelText("Kolom target") as HTMLSelectElement;
    expect(target.options[0].text).toBe("Otomatis (E)");
    expect([...target.options].map((o) => o.text)).toContain("E · Target");
    fireEvent.change(target, { target: { value: "E" } });
    fireEvent.change(within(sestama).getByLabelText("Nama unit (lembar per unit)"), {
      target: { value: "Sekretariat Utama" },
    });

    fireEvent.change(screen.getByLabelText("Tahun"), { target: { value: "2026" } });
    fireEvent.change(screen.getByLabelText("Kerangka"), { target: { value: "permenpan" } });

    const reads = host.calls.readGrids;
    fireEvent.click(screen.getByRole("button", { name: "Simpan" }));
    await screen.findByText("Pemetaan disimpan dan workbook dibaca ulang.");

    const written = host.calls.writeProfile.at(-1);
    expect(written).toMatchObject({
      version: 1,
      year: 2026,
      framework: "permenpan",
      sheets: {
        "Matriks Cascading": { ignore: true },
        "PK Sestama": { unit: "Sekretariat Utama", columns: { target: "E" } },
      },
      findingsSheet: "Temuan",
    });
    expect(written?.highlights).toHaveLength(35);
    expect(Object.keys(written?.sheets ?? {})).toHaveLength(2);
    expect(host.calls.readGrids).toBe(reads + 1);

    // the fresh read follows the saved mapping
    const after = sheetCard("Matriks Cascading");
    expect(within(after).getByText("diabaikan")).toBeTruthy();
    expect(within(after).getByText("diabaikan menurut profil")).toBeTruthy();
    expect(within(sheetCard("Temuan")).getByText("lembar temuan Selaras")).toBeTruthy();
  });
});

describe("mapping every field", () => {
  it("places the TW I–IV target columns, polarity and bobot by letter, and saves them in the profile", async () => {
    const host = new MemoryHost();
    renderPane(host);
    await openSetup();
    const card = sheetCard("PK Sestama");
    fireEvent.click(within(card).getByRole("button", { name: "Ubah pemetaan" }));
    const periods = within(card).getByRole("textbox", { name: /Kolom target TW I–IV/ });
    fireEvent.change(periods, { target: { value: "TW1 TW2" } });
    expect(within(card).getByText('Tulis huruf kolom, mis. "F, G, H, I" atau "F-I".')).toBeTruthy();
    fireEvent.change(periods, { target: { value: "f-i" } });
    fireEvent.change(within(card).getByRole("combobox", { name: "Kolom polaritas" }), {
      target: { value: "G" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Simpan" }));
    await screen.findByText("Pemetaan disimpan dan workbook dibaca ulang.");
    const saved = host.calls.writeProfile[host.calls.writeProfile.length - 1];
    expect(saved.sheets?.["PK Sestama"]).toMatchObject({
      periods: ["F", "G", "H", "I"],
      columns: { polarity: "G" },
    });
  });

  it("imports a mapping file into this workbook, keeping what this workbook recorded", async () => {
    const host = new MemoryHost(undefined, {
      profile: { version: 1, undo: [{ sheet: "PK Badan", cell: "F7", old: null, new: 75 }] },
    });
    renderPane(host);
    await openSetup();
    const json = JSON.stringify({
      version: 1,
      year: 2027,
      sheets: { "PK Sestama": { periods: ["F", "G", "H", "I"] } },
      undo: [{ sheet: "Lain", cell: "A1", old: null, new: 1 }],
    });
    const file = new File([json], "pemetaan-2027.json", { type: "application/json" });
    fireEvent.change(screen.getByLabelText("Impor pemetaan", { selector: "input" }), {
      target: { files: [file] },
    });
    await screen.findByText(
      "Pemetaan dari pemetaan-2027.json disimpan di workbook ini dan workbook dibaca ulang."
    );
    const saved = host.calls.writeProfile[host.calls.writeProfile.length - 1];
    expect(saved.year).toBe(2027);
    expect(saved.sheets?.["PK Sestama"]?.periods).toEqual(["F", "G", "H", "I"]);
    // the undo record is this workbook's, not the file's
    expect(saved.undo).toEqual([{ sheet: "PK Badan", cell: "F7", old: null, new: 75 }]);
  });
});
