/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { DIREKTORAT, KR1, KR2, KR3 } from "../../src/sample/sampleWorkbook";
import { MemoryHost } from "./memoryHost";
import { renderPane, settled } from "./renderPane";

async function openBulk(host: MemoryHost) {
  renderPane(host);
  fireEvent.click(screen.getByRole("tab", { name: "Target massal" }));
  fireEvent.click(screen.getByRole("button", { name: "Baca workbook" }));
  await screen.findByLabelText("IKU induk");
}

function chooseParent(optionName: string) {
  const select = screen.getByLabelText("IKU induk") as HTMLSelectElement;
  const option = within(select).getByRole("option", { name: optionName }) as HTMLOptionElement;
  fireEvent.change(select, { target: { value: option.value } });
}

function resultRows(): string[][] {
  const table = screen.getByRole("table", { name: "Hasil" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));
}

function checkbox(name: string): HTMLInputElement {
  return screen.getByRole("checkbox", { name }) as HTMLInputElement;
}

const TALENTA_DEPUTI = "1.2 · Jumlah instansi yang menerapkan manajemen talenta (40)";

async function splitTalenta(host: MemoryHost) {
  await openBulk(host);
  chooseParent(TALENTA_DEPUTI);
  // the Deputi's direct children are offered ticked
  expect([DIREKTORAT, KR1, KR2, KR3].map((u) => checkbox(u).checked)).toEqual([
    true,
    true,
    true,
    true,
  ]);
  fireEvent.click(checkbox(DIREKTORAT));
  fireEvent.click(screen.getByRole("radio", { name: "Menurut bagian per unit" }));
  fireEvent.change(screen.getByLabelText(`Bagian ${KR1} (%)`), { target: { value: "40" } });
}

describe("Bulk targets view", () => {
  it("splits 40 over three units with a 40 % share and phases it equally, cumulative", async () => {
    const host = new MemoryHost();
    await splitTalenta(host);
    expect(screen.getByText(/Target 40 Instansi · konsolidasi jumlah/)).toBeTruthy();
    expect(resultRows()).toEqual([
      [KR1, "16"],
      [KR2, "12"],
      [KR3, "12"],
    ]);

    fireEvent.click(screen.getByRole("radio", { name: "Kumulatif (TW IV = tahunan)" }));
    expect(resultRows()).toEqual([
      [KR1, "16", "4", "8", "12", "16"],
      [KR2, "12", "3", "6", "9", "12"],
      [KR3, "12", "3", "6", "9", "12"],
    ]);

    fireEvent.click(screen.getByRole("radio", { name: "Pola sendiri" }));
    fireEvent.change(screen.getByLabelText("Persen per triwulan (mis. 10/30/60/100)"), {
      target: { value: "10/30/60/100" },
    });
    expect(resultRows()[0]).toEqual([KR1, "16", "2", "5", "10", "16"]);

    fireEvent.click(screen.getByRole("radio", { name: "Per triwulan (jumlah = tahunan)" }));
    fireEvent.change(screen.getByLabelText("Persen per triwulan (mis. 10/30/60/100)"), {
      target: { value: "10/20/30/40" },
    });
    const perQuarter = resultRows()[0];
    expect(
      perQuarter
        .slice(2)
        .map(Number)
        .reduce((a, b) => a + b, 0)
    ).toBe(16);
  });

  it("copies the numbers as tab-separated rows", async () => {
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const host = new MemoryHost();
    await splitTalenta(host);
    fireEvent.click(screen.getByRole("radio", { name: "Kumulatif (TW IV = tahunan)" }));
    fireEvent.click(screen.getByRole("button", { name: "Salin ke papan klip" }));
    await screen.findByText("Angka disalin: tempel di Excel.");
    expect(writeText).toHaveBeenCalledWith(
      [
        "Unit\tTahunan\tTW I\tTW II\tTW III\tTW IV",
        `${KR1}\t16\t4\t8\t12\t16`,
        `${KR2}\t12\t3\t6\t9\t12`,
        `${KR3}\t12\t3\t6\t9\t12`,
      ].join("\n")
    );
  });

  it("writes the targets through the fill: existing rows updated, a new row for a unit without one", async () => {
    const host = new MemoryHost();
    await splitTalenta(host);
    fireEvent.click(screen.getByRole("radio", { name: "Kumulatif (TW IV = tahunan)" }));
    fireEvent.click(screen.getByRole("button", { name: "Pratinjau penulisan" }));
    await screen.findByRole("list", { name: /^Perubahan/ });
    await settled("Pratinjau penulisan");
    // Kantor Regional II counts orang, not instansi: a conflict, left alone unless ticked
    expect(
      (screen.getByLabelText("IKU Eselon II!D18: Orang → Instansi") as HTMLInputElement).checked
    ).toBe(false);
    expect(screen.getByText("IKU Eselon II!F15: (kosong) → 4")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Terapkan" }));
    await screen.findByText(/sel ditulis/);
    expect(host.calls.applyPatches).toHaveLength(1);
    expect(["F15", "G15", "H15", "I15"].map((c) => host.valueOf("IKU Eselon II", c))).toEqual([
      4, 8, 12, 16,
    ]);
    expect(["F18", "G18", "H18", "I18"].map((c) => host.valueOf("IKU Eselon II", c))).toEqual([
      3, 6, 9, 12,
    ]);
    expect(host.valueOf("IKU Eselon II", "D18")).toBe("Orang");
    expect(
      ["A26", "E26", "I26", "L26", "M26"].map((c) => host.valueOf("IKU Eselon II", c))
    ).toEqual([KR3, 12, 12, "1.2", "P"]);
    // recorded for "Undo last fill"
    expect(host.profile?.undo?.length).toBe(host.calls.applyPatches[0].changes.length);
  });

  it("refuses a text parent target with a readable sentence", async () => {
    await openBulk(new MemoryHost());
    chooseParent("Persentase layanan rekomendasi mutasi yang diterbitkan (meningkat)");
    expect(screen.getByText("Pilih sedikitnya satu unit bawahan.")).toBeTruthy();
    fireEvent.click(checkbox(KR1));
    expect(
      screen.getByText(
        'Target induk "meningkat" bukan angka, sehingga tidak dapat dibagi. Tulis target berupa angka dulu.'
      )
    ).toBeTruthy();
    expect(screen.queryByRole("table", { name: "Hasil" })).toBeNull();
    expect(
      (screen.getByRole("button", { name: "Salin ke papan klip" }) as HTMLButtonElement).disabled
    ).toBe(true);
    expect(
      (screen.getByRole("button", { name: "Pratinjau penulisan" }) as HTMLButtonElement).disabled
    ).toBe(true);
  });

  it("says why shares or typed numbers cannot be used", async () => {
    await splitTalenta(new MemoryHost());
    fireEvent.change(screen.getByLabelText(`Bagian ${KR2} (%)`), { target: { value: "70" } });
    expect(screen.getByText(/Jumlah bagian yang diisi melebihi target induk/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(`Bagian ${KR2} (%)`), { target: { value: "tujuh" } });
    expect(screen.getByText(`${KR2}: "tujuh" bukan angka.`)).toBeTruthy();
    // the same boxes hold weights: Kantor Regional III has none yet
    fireEvent.change(screen.getByLabelText(`Bagian ${KR2} (%)`), { target: { value: "2" } });
    fireEvent.click(screen.getByRole("radio", { name: "Menurut bobot per unit" }));
    expect(screen.getByText(`Bobot untuk ${KR3} belum diisi.`)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(`Bobot ${KR3}`), { target: { value: "2" } });
    // weights 40 : 2 : 2 of 40 instansi, rounded to whole instansi, still adding up to 40
    expect(resultRows()).toEqual([
      [KR1, "36"],
      [KR2, "2"],
      [KR3, "2"],
    ]);
    fireEvent.change(screen.getByLabelText(`Bobot ${KR1}`), { target: { value: "4" } });
    expect(resultRows()).toEqual([
      [KR1, "20"],
      [KR2, "10"],
      [KR3, "10"],
    ]);
  });

  it("copies an average-type target instead of splitting it, and says so", async () => {
    await openBulk(new MemoryHost());
    chooseParent("1.3 · Persentase instansi dengan sistem merit kategori baik (80)");
    await waitFor(() => expect(resultRows().length).toBeGreaterThan(0));
    expect(resultRows().every((r) => r[1] === "80")).toBe(true);
    expect(screen.getByText(/IKU berjenis rata-rata/)).toBeTruthy();
  });
});
