/** @jest-environment jsdom */
import "./setup";
import { ReasonError } from "../../src/core/reasons";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  DEPUTI,
  KR1,
  KR2,
  KR3,
  BIRO_PK,
  BIRO_UMUM,
  DIREKTORAT,
  SUBBAG_RT,
} from "../../src/sample/sampleWorkbook";
import { bidangNamingUnknownIku, dinasHierarchy } from "../fixtures/dinasKesehatan";
import { pkSetWithMatrix } from "../fixtures/v3lookalikes";
import { MemoryHost } from "./memoryHost";
import { renderPane, settled } from "./renderPane";

async function runCheck() {
  fireEvent.click(screen.getByRole("button", { name: "Periksa keselarasan" }));
  await waitFor(() => expect(screen.getByRole("heading", { name: "Galat (14)" })).toBeTruthy());
}

describe("Check alignment view", () => {
  it("shows capaian per unit as bars coloured by band, grouped by level, with the figures in words", async () => {
    renderPane(new MemoryHost());
    await runCheck();
    const section = screen.getByRole("region", { name: "Capaian per unit" });
    expect(within(section).getByText("Tingkat 1 · 96,84% — hampir tercapai")).toBeTruthy();
    const level2 = within(section).getByRole("list", { name: "Tingkat 2" });
    expect(
      within(level2)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([`${DEPUTI}: 96,38% — hampir tercapai (2 IKU)`]);
    // the bar: as wide as the capaian on a 120 % scale, amber for "close"
    const bar = level2.querySelector("[aria-hidden] > div") as HTMLElement;
    expect(bar.style.width).toBe(`${(96.38 / 120) * 100}%`);
  });

  it("says what it could not place: the sample's unit with no known parent", async () => {
    renderPane(new MemoryHost());
    await runCheck();
    const notes = screen.getByRole("list", { name: "Belum dipahami" });
    expect(
      within(notes)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([
      "1 unit belum diketahui atasannya: Pusat Pengembangan Kompetensi. Baris mereka tidak diperiksa sebagai yatim atau tautan rusak.",
    ]);
  });

  it("never calls a workbook whose tree it could not read aligned", async () => {
    // two Bidang PKs whose matriks names no unit and lists IKU no table has: no errors, no
    // warnings — and no "aligned" either, but what was not understood
    const sheets = pkSetWithMatrix("codes");
    sheets[4].rows[0] = ["MATRIKS CASCADING"];
    sheets[4].rows = sheets[4].rows.slice(0, 3);
    renderPane(new MemoryHost({ sheets }));
    fireEvent.click(screen.getByRole("button", { name: "Periksa keselarasan" }));
    await waitFor(() => expect(screen.getByRole("list", { name: "Belum dipahami" })).toBeTruthy());
    expect(screen.queryByText("Tidak ada galat atau peringatan: IKU sudah selaras.")).toBeNull();
  });

  it("groups a unit's persons under it, each with their findings and the RHK chain up to the PK", async () => {
    renderPane(new MemoryHost());
    await runCheck();
    const warnings = screen
      .getByRole("heading", { name: "Peringatan (17)" })
      .closest("section") as HTMLElement;
    const persons = within(warnings)
      .getAllByRole("heading", { level: 4 })
      .map((h) => h.textContent);
    expect(persons).toEqual([
      "Dra. Ratna Kusumawati — Kepala Kantor Regional I Yogyakarta (1)",
      "Agus Setiawan — Kepala Bidang Mutasi Kepegawaian (1)",
      "Yusuf Hidayat — Analis SDM Aparatur (1)",
      "Rina Lestari — Analis SDM Aparatur (2)",
    ]);
    // Yusuf's overlapping RHK, up through his Kepala Bidang's and the head's RHK to Kanreg I's IKU
    expect(warnings.textContent).toMatch(
      /Rantai RHK: Terverifikasinya berkas usul mutasi → Terlaksananya verifikasi usul mutasi yang cepat dan akurat → Meningkatnya persentase layanan mutasi yang selesai tepat waktu → IKU \S+/
    );
    // no identifier anywhere in the pane
    expect(document.body.textContent).not.toMatch(/\d{18}/);
  });

  it("counts the sample's findings and groups them by severity, then unit", async () => {
    const host = new MemoryHost();
    renderPane(host);
    await runCheck();

    const counts = screen.getByRole("list", { name: "Jumlah temuan" });
    // each count is a badge (hidden from screen readers) beside its sentence
    expect(
      within(counts)
        .getAllByRole("listitem")
        .map((li) => li.lastElementChild?.textContent)
    ).toEqual(["14 galat", "17 peringatan", "4 info"]);
    const severities = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    // the sample reports TW I–II: capaian comes before the findings
    expect(severities).toEqual(["Capaian per unit", "Galat (14)", "Peringatan (17)", "Info (4)"]);

    // errors, grouped by unit in the order the check meets them
    const errors = screen
      .getByRole("heading", { name: "Galat (14)" })
      .closest("section") as HTMLElement;
    expect(
      within(errors)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent)
    ).toEqual([
      `${DEPUTI} (3)`,
      `${BIRO_PK} (1)`,
      `${BIRO_UMUM} (1)`,
      `${DIREKTORAT} (1)`,
      `${KR1} (2)`,
      `${KR2} (2)`,
      `${KR3} (2)`,
      `${SUBBAG_RT} (1)`,
      "Kantor Regional IV Banjarmasin (1)",
    ]);
    expect(within(errors).getAllByRole("listitem")).toHaveLength(14);

    // the workbook was highlighted once with every finding's cell, and legend colours are shown
    expect(host.calls.highlight).toHaveLength(1);
    expect(host.calls.highlight[0].cells).toHaveLength(35);
    expect(screen.getByRole("list", { name: "Arti warna" }).textContent).toBe(
      "GalatPeringatanInfo"
    );
  });

  it("selects a finding's cell when it is clicked", async () => {
    const host = new MemoryHost();
    renderPane(host);
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: /^Cascading penuh: target/ }));
    expect(host.calls.select).toEqual([{ sheet: "IKU Eselon II", cell: "E14" }]);
  });

  it("lists findings as plain text when the host cannot select cells", async () => {
    const host = new MemoryHost(undefined, { select: false });
    renderPane(host);
    await runCheck();
    expect(screen.queryByRole("button", { name: /^Cascading penuh: target/ })).toBeNull();
    expect(screen.getByText(/^Cascading penuh: target/)).toBeTruthy();
  });

  it("checks again with the same counts: the findings sheet it added is not read as data", async () => {
    const host = new MemoryHost();
    renderPane(host);
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: "Periksa keselarasan" }));
    await waitFor(() => expect(host.calls.highlight).toHaveLength(2));
    await waitFor(() =>
      expect(screen.getByRole("heading", { name: "Peringatan (17)" })).toBeTruthy()
    );
    expect(screen.getByRole("heading", { name: "Galat (14)" })).toBeTruthy();
  });

  it("clears highlights through the host", async () => {
    const host = new MemoryHost();
    renderPane(host);
    await runCheck();
    const before = host.calls.clearHighlights;
    fireEvent.click(screen.getByRole("button", { name: "Hapus sorotan" }));
    await screen.findByText(/Sorotan dan lembar Temuan dihapus/);
    expect(host.calls.clearHighlights).toBe(before + 1);
    expect(host.grids.map((g) => g.sheet)).not.toContain("Temuan");
  });

  it("says which sheet keeps its colours when it was protected after the check", async () => {
    const host = new MemoryHost();
    renderPane(host);
    await runCheck();
    host.keptOnClear = ["PK Kanreg I"];
    fireEvent.click(screen.getByRole("button", { name: "Hapus sorotan" }));
    expect(
      await screen.findByText(
        /Sorotan dihapus, kecuali di 'PK Kanreg I': lembar itu kini diproteksi\. Buka proteksinya/
      )
    ).toBeTruthy();
  });

  it("shows a failing read as one readable sentence, without a stack, and runs once per click", async () => {
    const host = new MemoryHost();
    let calls = 0;
    host.readGrids = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 20));
      const e = new ReasonError({ code: "file-damaged", file: "renstra.xlsx" });
      e.message += "\n    at readGrids (host.ts:1:1)";
      throw e;
    };
    renderPane(host);
    const button = screen.getByRole("button", { name: "Periksa keselarasan" });
    fireEvent.click(button);
    fireEvent.click(button);
    expect((button as HTMLButtonElement).disabled).toBe(true);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      "Pemeriksaan gagal: renstra.xlsx: file .xlsx rusak dan tidak dapat dibuka; buka di Excel dan simpan ulang."
    );
    expect(alert.textContent).not.toContain("at readGrids");
    expect(alert.textContent).not.toContain("damaged");
    expect(calls).toBe(1);
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });
});

describe("working through the findings", () => {
  it("filters by unit, severity, code and words, and says how many it shows", async () => {
    renderPane(new MemoryHost());
    await runCheck();
    expect(screen.getByText("Menampilkan 35 dari 35 temuan.")).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Unit" }), {
      target: { value: BIRO_UMUM },
    });
    expect(screen.getByText(/^Menampilkan \d+ dari \d+ temuan\.$/).textContent).not.toBe(
      "Menampilkan 35 dari 35 temuan."
    );
    const units = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(units.every((u) => u?.startsWith(BIRO_UMUM))).toBe(true);
    fireEvent.change(screen.getByRole("combobox", { name: "Unit" }), { target: { value: "" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Kode" }), {
      target: { value: "FULL_DRIFT" },
    });
    expect(screen.getByText("Menampilkan 1 dari 35 temuan.")).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Kode" }), { target: { value: "" } });
    fireEvent.change(screen.getByRole("searchbox", { name: "Cari temuan" }), {
      target: { value: "opini bpk" },
    });
    expect(screen.getByText("Menampilkan 2 dari 35 temuan.")).toBeTruthy();
    fireEvent.change(screen.getByRole("searchbox", { name: "Cari temuan" }), {
      target: { value: "tidak ada yang begini" },
    });
    expect(screen.getByText("Tidak ada temuan yang cocok dengan saringan ini.")).toBeTruthy();
  });

  it("sums up per unit which are not done, and a unit's name shows its findings", async () => {
    renderPane(new MemoryHost());
    await runCheck();
    expect(screen.getByText(/^\d+ dari \d+ unit masih punya galat\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Ringkasan per unit" }));
    const summary = screen.getByRole("list", { name: "Ringkasan per unit" });
    const first = within(summary).getAllByRole("listitem")[0];
    // the units with errors first, each with its counts
    expect(first.textContent).toMatch(/\d+ galat · \d+ peringatan · \d+ info$/);
    const unit = within(first).getByRole("button").textContent as string;
    fireEvent.click(within(first).getByRole("button"));
    expect((screen.getByRole("combobox", { name: "Unit" }) as HTMLSelectElement).value).toBe(unit);
  });

  it("draws only the findings in view when there are hundreds, and finds any by search", async () => {
    // jsdom lays nothing out: each drawn row is given a finding's height, the window jsdom's 768 px
    const box = jest
      .spyOn(HTMLElement.prototype, "offsetHeight", "get")
      .mockImplementation(function (this: HTMLElement) {
        return this.dataset.index === undefined ? 0 : 80;
      });
    const scroll = jest.spyOn(window, "scrollTo").mockImplementation(() => undefined);
    // a Bidang whose 400 rows each name a Dinas IKU that does not exist: 400 broken links
    renderPane(new MemoryHost({ sheets: [dinasHierarchy(), ...bidangNamingUnknownIku(400)] }));
    fireEvent.click(screen.getByRole("button", { name: "Periksa keselarasan" }));
    const status = await screen.findByText(/^Menampilkan [\d.]+ dari [\d.]+ temuan\.$/);
    const total = Number(/dari ([\d.]+)/.exec(status.textContent ?? "")?.[1].replace(/\./g, ""));
    expect(total).toBeGreaterThanOrEqual(400);
    // the windowed list is its own chunk, loaded when first needed
    const drawn = (await screen.findAllByRole("button", { name: / · BROKEN_LINK$/ })).length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(100);
    // the last of them, out of view, is one search away
    fireEvent.change(screen.getByRole("searchbox", { name: "Cari temuan" }), {
      target: { value: "pelayanan kesehatan 400" },
    });
    expect(screen.getByText(/^Menampilkan [12] dari [\d.]+ temuan\.$/)).toBeTruthy();
    expect(
      screen.getAllByRole("button", { name: /kesehatan 400\b.* · BROKEN_LINK$/ })
    ).toHaveLength(1);
    box.mockRestore();
    scroll.mockRestore();
  });

  it("puts each finding's cell and code inside its button", async () => {
    renderPane(new MemoryHost());
    await runCheck();
    expect(screen.getByRole("button", { name: /IKU Eselon II!C9 · BROKEN_LINK$/ })).toBeTruthy();
  });

  it("writes a suggested parent into the row's IKU Atasan cell after a preview, and checks again", async () => {
    const host = new MemoryHost();
    renderPane(host);
    await runCheck();
    fireEvent.click(
      screen.getByRole("button", { name: "Pakai induk IKU 3 (Badan Kepegawaian Nusantara)" })
    );
    expect(
      await screen.findByText(
        'Tulis IKU Eselon II!L9: IKU 7 → IKU 3? "Batalkan isi terakhir" mengembalikannya.'
      )
    ).toBeTruthy();
    expect(host.calls.applyPatches).toHaveLength(0);
    await settled("Tulis");
    fireEvent.click(screen.getByRole("button", { name: "Tulis" }));
    await screen.findByText("IKU Eselon II!L9 kini menaut ke IKU 3.");
    expect(host.valueOf("IKU Eselon II", "L9")).toBe("IKU 3");
    // checked again: the broken link is gone
    expect(screen.queryByRole("button", { name: /IKU Eselon II!C9 · BROKEN_LINK$/ })).toBeNull();
  });
});

describe("help from each finding", () => {
  it("opens what the code means and how to fix it under the finding, and the glossary on request", async () => {
    renderPane(new MemoryHost());
    await runCheck();
    const item = screen
      .getByRole("button", { name: /IKU Eselon II!C9 · BROKEN_LINK$/ })
      .closest("li") as HTMLElement;
    fireEvent.click(within(item).getByRole("button", { name: "Apa artinya?" }));
    // the help texts are their own chunk, loaded when first opened
    expect(await within(item).findByText(/tombol “Pakai induk …” menuliskannya/)).toBeTruthy();
    expect(within(item).getByRole("link", { name: "Bantuan lengkap" }).getAttribute("href")).toBe(
      "help.html#BROKEN_LINK"
    );
    fireEvent.click(screen.getByRole("button", { name: "Daftar istilah" }));
    expect(await screen.findByText(/^Penuh/)).toBeTruthy();
  });
});

describe("Cetak laporan", () => {
  afterEach(() => jest.restoreAllMocks());
  const textOf = (b: Blob) =>
    new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(b);
    });
  /** What the pane hands the browser: the blob behind each object URL, and the tabs it opens. */
  function browserSpy(tabOpens: boolean) {
    const blobs: Blob[] = [];
    const created = jest.fn((b: Blob) => {
      blobs.push(b);
      return `blob:selaras/${blobs.length}`;
    });
    const revoked = jest.fn();
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked });
    const printed = jest.fn();
    const open = jest.spyOn(window, "open").mockImplementation(() => {
      if (!tabOpens) return null;
      const tab = { print: printed, addEventListener: (_: string, f: () => void) => f() };
      return tab as unknown as Window;
    });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    return { blobs, printed, open, clicked };
  }

  it("in Excel, downloads the report of the checked workbook, findings and what to do included", async () => {
    const spy = browserSpy(true);
    renderPane(new MemoryHost());
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: "Cetak laporan" }));
    await screen.findByText(/^Laporan diunduh \(laporan-selaras\.html\)/);
    expect(spy.open).not.toHaveBeenCalled();
    expect(spy.clicked).toHaveBeenCalledTimes(1);
    const html = await textOf(spy.blobs[0]);
    expect(html).toContain("<title>Laporan");
    expect(html).toContain("Badan Kepegawaian Nusantara");
    expect(html).toContain("FULL_DRIFT");
  });

  it("on the web page, opens it in a tab with the print dialog, in the pane's language", async () => {
    const spy = browserSpy(true);
    renderPane(new MemoryHost(), "en", { downloadToSave: true });
    fireEvent.click(screen.getByRole("button", { name: "Check alignment" }));
    fireEvent.click(await screen.findByRole("button", { name: "Print report" }));
    await screen.findByText(/^The report opened in a new tab/);
    expect(spy.printed).toHaveBeenCalledTimes(1);
    expect(await textOf(spy.blobs[0])).toContain('lang="en"');
  });

  it("downloads it where no tab can be opened", async () => {
    const spy = browserSpy(false);
    renderPane(new MemoryHost(), "id", { downloadToSave: true });
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: "Cetak laporan" }));
    await screen.findByText(/^Laporan diunduh/);
    expect(spy.clicked).toHaveBeenCalledTimes(1);
  });
});
