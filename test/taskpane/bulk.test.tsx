/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  BADAN,
  BIRO_UMUM,
  DEPUTI,
  DIREKTORAT,
  KR1,
  KR2,
  KR3,
  SESTAMA,
  TIM,
  sampleWorkbook,
} from "../../src/sample/sampleWorkbook";
import { MemoryHost } from "./memoryHost";
import { renderPane, settled } from "./renderPane";

async function openBulk(host: MemoryHost) {
  renderPane(host);
  fireEvent.click(screen.getByRole("tab", { name: "Target massal" }));
  fireEvent.click(screen.getByRole("button", { name: "Baca workbook" }));
  await screen.findByLabelText("IKU induk");
}

/** Chooses the parent IKU and waits for the engine's answer: its units, how it consolidates. */
async function chooseParent(optionName: string) {
  const select = screen.getByLabelText("IKU induk") as HTMLSelectElement;
  const option = within(select).getByRole("option", { name: optionName }) as HTMLOptionElement;
  fireEvent.change(select, { target: { value: option.value } });
  await waitFor(() => expect(select.disabled).toBe(false));
}

function cellsOf(rows: Iterable<Element>): string[][] {
  return [...rows].map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));
}

/** What each unit gets, as the result table lists it. */
function resultRows(): string[][] {
  const table = screen.getByRole("table", { name: "Hasil" });
  return cellsOf(table.querySelectorAll("tbody tr"));
}

/** The table's foot: the units' total (or mean) and the parent's own target beneath it. */
function totalRows(): string[][] {
  const table = screen.getByRole("table", { name: "Hasil" });
  return cellsOf(table.querySelectorAll("tfoot tr"));
}

/** The units offered, in order, and whether each is ticked. */
function offeredUnits(): Array<[string, boolean]> {
  const group = screen.getByRole("group", { name: "Unit bawahan" });
  return within(group)
    .queryAllByRole("checkbox")
    .map((c) => [
      (c as HTMLInputElement).labels?.[0]?.textContent ?? "",
      (c as HTMLInputElement).checked,
    ]);
}

function checkbox(name: string): HTMLInputElement {
  return screen.getByRole("checkbox", { name }) as HTMLInputElement;
}

const TALENTA_DEPUTI = "1.2 · Jumlah instansi yang menerapkan manajemen talenta (40)";

async function splitTalenta(host: MemoryHost) {
  await openBulk(host);
  await chooseParent(TALENTA_DEPUTI);
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
    // the Deputi writes "meningkat" where its 1.4 needs a number
    const spec = sampleWorkbook();
    const deputi = spec.sheets.find((sh) => sh.name === "PK Deputi Mutasi");
    const row = deputi?.rows.find((r) => r[2] === "1.4");
    if (!row) throw new Error("the sample's Deputi has no 1.4");
    row[5] = "meningkat";
    await openBulk(new MemoryHost(spec));
    await chooseParent("1.4 · Indeks Profesionalitas ASN (meningkat)");
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
    for (const unit of [DIREKTORAT, KR1, KR2, KR3]) fireEvent.click(checkbox(unit));
    expect(screen.getByText("Pilih sedikitnya satu unit bawahan.")).toBeTruthy();
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
    await chooseParent("1.3 · Persentase instansi dengan sistem merit kategori baik (80)");
    await waitFor(() => expect(resultRows().length).toBeGreaterThan(0));
    expect(resultRows().every((r) => r[1] === "80")).toBe(true);
    expect(screen.getByText(/IKU berjenis rata-rata/)).toBeTruthy();
  });
  it("offers a Deputi only the units under it: its direct children ticked, its Kantor Regional's Tim Kerja under 'semua turunan'", async () => {
    await openBulk(new MemoryHost());
    await chooseParent(TALENTA_DEPUTI);
    expect((screen.getByRole("radio", { name: "Anak langsung" }) as HTMLInputElement).checked).toBe(
      true
    );
    // never the Deputi itself, the Badan above it, the Sekretariat Utama beside it or its Biro
    expect(offeredUnits()).toEqual([
      [DIREKTORAT, true],
      [KR1, true],
      [KR2, true],
      [KR3, true],
    ]);

    fireEvent.click(screen.getByRole("radio", { name: "Semua turunan" }));
    // the Tim Kerja comes under its Kantor Regional, offered but not ticked: its part is in Kanreg I's
    expect(offeredUnits()).toEqual([
      [DIREKTORAT, true],
      [KR1, true],
      [TIM, false],
      [KR2, true],
      [KR3, true],
    ]);
    for (const other of [DEPUTI, BADAN, SESTAMA, BIRO_UMUM]) {
      expect(screen.queryByRole("checkbox", { name: other })).toBeNull();
    }
    fireEvent.click(checkbox(TIM));
    expect(resultRows().map((r) => r[0])).toEqual([DIREKTORAT, KR1, TIM, KR2, KR3]);
    // a row for the Tim Kerja would link to the Deputi's IKU over its Kantor Regional: said first
    expect(
      screen.getByText(new RegExp(`^${TIM} tidak langsung di bawah pemilik IKU ini.*LEVEL_SKIP`))
    ).toBeTruthy();

    // back to direct children: the Tim Kerja is neither offered nor split to
    fireEvent.click(screen.getByRole("radio", { name: "Anak langsung" }));
    expect(screen.queryByRole("checkbox", { name: TIM })).toBeNull();
    expect(resultRows().map((r) => r[0])).toEqual([DIREKTORAT, KR1, KR2, KR3]);
    expect(screen.queryByText(/LEVEL_SKIP/)).toBeNull();
  });

  it("never offers a Kantor Regional's IKU back to its Deputi or its sibling Kantor Regional", async () => {
    await openBulk(new MemoryHost());
    await chooseParent(
      "Jumlah instansi yang menerapkan manajemen talenta di wilayah Kanreg I (16)"
    );
    expect(offeredUnits()).toEqual([[TIM, true]]);
    expect(resultRows()).toEqual([[TIM, "16"]]);

    // Kantor Regional II has no unit under it: nothing to split to, and it says so
    await chooseParent("Jumlah kendaraan dinas yang dirawat (12)");
    expect(offeredUnits()).toEqual([]);
    expect(
      screen.getByText("Unit pemilik IKU ini tidak punya unit bawahan di workbook.")
    ).toBeTruthy();
    expect(screen.queryByRole("radio", { name: "Semua turunan" })).toBeNull();
  });

  it("adds up what each Kantor Regional gets against the Deputi's target, TW by TW", async () => {
    await splitTalenta(new MemoryHost());
    expect(totalRows()).toEqual([
      ["Jumlah", "40"],
      ["Target induk", "40"],
    ]);
    fireEvent.click(screen.getByRole("radio", { name: "Kumulatif (TW IV = tahunan)" }));
    expect(totalRows()).toEqual([
      ["Jumlah", "40", "10", "20", "30", "40"],
      ["Target induk", "40", "10", "20", "30", "40"],
    ]);
    expect(screen.queryByText(/tidak sama dengan target induk/)).toBeNull();

    // shares that leave 10 % unassigned: the total says 36 where the Deputi needs 40
    fireEvent.change(screen.getByLabelText(`Bagian ${KR2} (%)`), { target: { value: "30" } });
    fireEvent.change(screen.getByLabelText(`Bagian ${KR3} (%)`), { target: { value: "20" } });
    expect(totalRows()[0]).toEqual(["Jumlah", "36", "9", "18", "27", "36"]);
    expect(screen.getByText("Jumlah 36 tidak sama dengan target induk 40.")).toBeTruthy();
  });

  it("gives an average-type IKU the mean of the units' targets, not their sum", async () => {
    await openBulk(new MemoryHost());
    await chooseParent("1.3 · Persentase instansi dengan sistem merit kategori baik (80)");
    await waitFor(() => expect(resultRows().length).toBe(4));
    expect(totalRows()).toEqual([
      ["Rata-rata", "80"],
      ["Target induk", "80"],
    ]);
    // Kantor Regional I's own target of 90: the mean of 80, 90, 80 and 80
    fireEvent.click(screen.getByRole("radio", { name: "Menurut bagian per unit" }));
    fireEvent.change(screen.getByLabelText("Bagian ditulis dalam"), {
      target: { value: "absolute" },
    });
    fireEvent.change(screen.getByLabelText(`Bagian ${KR1}`), { target: { value: "90" } });
    expect(totalRows()[0]).toEqual(["Rata-rata", "82,5"]);
  });

  it("keeps every TW column of the result reachable in a narrow pane: a labelled scroll area, the unit column fixed", async () => {
    await splitTalenta(new MemoryHost());
    fireEvent.click(screen.getByRole("radio", { name: "Kumulatif (TW IV = tahunan)" }));
    const table = screen.getByRole("table", { name: "Hasil" });
    const scroller = screen.getByRole("region", { name: /^Hasil/ });
    // the table scrolls sideways inside its own area, which the keyboard can reach and scroll
    expect(scroller.contains(table)).toBe(true);
    expect(scroller.tabIndex).toBe(0);
    expect(getComputedStyle(scroller).overflowX).toBe("auto");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent)
    ).toEqual(["Unit", "Tahunan", "TW I", "TW II", "TW III", "TW IV"]);
    // the unit names stay in view while the numbers scroll under them
    const unitCells = [
      within(table).getByRole("columnheader", { name: "Unit" }),
      ...within(table).getAllByRole("rowheader"),
    ];
    expect(unitCells.map((c) => c.textContent)).toEqual([
      "Unit",
      KR1,
      KR2,
      KR3,
      "Jumlah",
      "Target induk",
    ]);
    for (const cell of unitCells) {
      expect(getComputedStyle(cell).position).toBe("sticky");
      expect(getComputedStyle(cell).left).toBe("0px");
    }
  });
});
