/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { DEPUTI, KR1, KR3 } from "../../src/sample/sampleWorkbook";
import { MemoryHost } from "./memoryHost";
import { renderPane } from "./renderPane";

const BADAN = "Badan Kepegawaian Nusantara";

/** Checks the Badan's sample, then opens the Pohon tab and waits for its tree. */
async function openTree(host = new MemoryHost(), lang: "id" | "en" = "id") {
  renderPane(host, lang);
  const en = lang === "en";
  fireEvent.click(
    screen.getByRole("button", { name: en ? "Check alignment" : "Periksa keselarasan" })
  );
  await screen.findByRole("heading", { name: en ? "Error (14)" : "Galat (14)" });
  fireEvent.click(screen.getByRole("tab", { name: en ? "Performance tree" : "Pohon kinerja" }));
  const tree = await screen.findByRole("tree", { name: en ? "Performance tree" : "Pohon kinerja" });
  return { host, tree };
}

const item = (name: RegExp) => screen.getByRole("treeitem", { name });
const focused = () => document.activeElement?.getAttribute("aria-label") ?? "";

describe("the Pohon kinerja tab", () => {
  it("asks for a check first, and draws nothing before it", async () => {
    renderPane(new MemoryHost());
    fireEvent.click(screen.getByRole("tab", { name: "Pohon kinerja" }));
    await screen.findByText(/Periksa keselarasan dulu di tab Periksa/);
    expect(screen.queryByRole("tree")).toBeNull();
  });

  it("draws the Badan's cascade after a check: unit → Sasaran → IKU → the Deputi's IKU, by type and worst finding", async () => {
    const { tree } = await openTree();
    // the sample is small: opened whole, the Badan at the top with its Sasaran under it
    const roots = within(tree)
      .getAllByRole("treeitem")
      .filter((li) => li.getAttribute("aria-level") === "1")
      .map((li) => li.getAttribute("aria-label"));
    expect(roots).toEqual([
      `Unit kerja: ${BADAN}`,
      "Unit kerja: Subbagian Rumah Tangga",
      "Unit kerja: Pusat Pengembangan Kompetensi. 1 temuan · Info",
    ]);
    expect(within(tree).getAllByRole("treeitem")).toHaveLength(54);

    // the Deputi's IKU 1.1 takes the Badan's IKU 3 in full and has three findings, errors first
    const deputi = item(/^IKU 1\.1 · Deputi Bidang Mutasi Kepegawaian: Persentase layanan mutasi/);
    expect(deputi.getAttribute("aria-label")).toBe(
      `IKU 1.1 · ${DEPUTI}: Persentase layanan mutasi yang selesai tepat waktu. Penuh. Target: 95%. 3 temuan · Galat`
    );
    expect(deputi.getAttribute("aria-level")).toBe("4");
    expect(deputi.dataset.edge).toBe("full");
    expect(deputi.dataset.severity).toBe("error");
    // filled as the workbook colours an error, the line into it solid
    const row = deputi.querySelector("div") as HTMLElement;
    expect(row.style.backgroundColor).toBe("rgb(255, 199, 206)");
    const line = deputi.querySelector("span") as HTMLElement;
    expect(line.style.borderLeft).toMatch(/solid/);
    // a partial link dashed, a contributing one dotted
    const kanreg2 = item(/^IKU · Kantor Regional II Surabaya: Jumlah instansi/);
    expect(kanreg2.dataset.edge).toBe("partial");
    expect((kanreg2.querySelector("span") as HTMLElement).style.borderLeft).toMatch(/dashed/);
    const direktorat = item(
      /^IKU · Direktorat Status dan Kedudukan Kepegawaian: Persentase usulan/
    );
    expect((direktorat.querySelector("span") as HTMLElement).style.borderLeft).toMatch(/dotted/);
    // the matriks gives Kanreg III a share of IKU 1.2 it has no row for: a dashed red leaf
    const missing = item(new RegExp(`^Belum ada baris: ${KR3}`));
    expect(missing.dataset.severity).toBe("error");
    expect((missing.querySelector("div") as HTMLElement).style.borderStyle).toBe("dashed");
    expect(missing.getAttribute("aria-label")).toMatch(/Diminta: Sebagian/);

    // the legend: the three lines, then the colours
    const legend = screen.getByRole("list", { name: "Arti garis dan warna pohon" });
    expect(
      within(legend)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([
      "Cascading penuh (F)",
      "Cascading sebagian (P)",
      "Cascading kontribusi (K)",
      "Galat",
      "Peringatan",
      "Info",
      "Tanpa temuan",
      "Belum ada baris",
    ]);
    expect(screen.getByText(/^54 simpul, 37 IKU · Panah atas\/bawah/)).toBeTruthy();
  });

  it("walks by keyboard: down, up, left closes and shows the worst below, right opens, Home and End", async () => {
    const { tree } = await openTree();
    const root = item(new RegExp(`^Unit kerja: ${BADAN}$`));
    // one tab stop: the first node
    expect(root.tabIndex).toBe(0);
    expect(
      within(tree)
        .getAllByRole("treeitem")
        .filter((li) => li.tabIndex === 0)
    ).toHaveLength(1);
    act(() => root.focus());
    const key = (k: string) => fireEvent.keyDown(document.activeElement as Element, { key: k });

    key("ArrowDown");
    expect(focused()).toBe("Sasaran: Meningkatnya profesionalitas ASN");
    key("ArrowLeft");
    const sasaran = item(/^Sasaran: Meningkatnya profesionalitas ASN(\.|$)/);
    expect(sasaran.getAttribute("aria-expanded")).toBe("false");
    // closed, it shows the worst finding below it: the Deputi's IKU 1.3 has an error
    expect(sasaran.getAttribute("aria-label")).toBe(
      "Sasaran: Meningkatnya profesionalitas ASN. di bawahnya: galat"
    );
    expect(sasaran.dataset.severity).toBe("error");
    expect(within(sasaran).queryByRole("group")).toBeNull();
    expect(screen.queryByRole("treeitem", { name: /^IKU 1 · / })).toBeNull();

    key("ArrowDown"); // the next Sasaran, its IKU hidden under the closed one
    expect(focused()).toBe("Sasaran: Meningkatnya kualitas layanan kepegawaian");
    key("ArrowUp");
    key("ArrowRight");
    expect(sasaran.getAttribute("aria-expanded")).toBe("true");
    key("ArrowRight"); // open: into its first child
    expect(focused()).toMatch(/^IKU 1 · Badan Kepegawaian Nusantara|^IKU 1: Indeks/);
    key("ArrowLeft"); // IKU 1 is open: it closes
    key("ArrowLeft"); // closed: up to its Sasaran
    expect(focused()).toBe("Sasaran: Meningkatnya profesionalitas ASN");
    key("End");
    expect(focused()).toMatch(/^IKU: Jumlah ASN yang mengikuti pelatihan kepemimpinan/);
    key("Home");
    expect(focused()).toBe(`Unit kerja: ${BADAN}`);
    expect(root.tabIndex).toBe(0);

    // "Tutup semua" leaves the top units; "Buka semua" opens every node again
    fireEvent.click(screen.getByRole("button", { name: "Tutup semua" }));
    expect(within(tree).getAllByRole("treeitem")).toHaveLength(3);
    expect(root.getAttribute("aria-label")).toBe(`Unit kerja: ${BADAN}. di bawahnya: galat`);
    fireEvent.click(screen.getByRole("button", { name: "Buka semua" }));
    expect(within(tree).getAllByRole("treeitem")).toHaveLength(54);
  });

  it("opens a node's findings and selects its cell on Enter; a finding selects its own cell", async () => {
    const { host } = await openTree();
    const deputi = item(/^IKU 1\.1 · Deputi Bidang Mutasi Kepegawaian/);
    act(() => deputi.focus());
    fireEvent.keyDown(deputi, { key: "Enter" });
    expect(host.calls.select).toEqual([{ sheet: "PK Deputi Mutasi", cell: "D4" }]);
    expect(deputi.getAttribute("aria-selected")).toBe("true");
    const section = screen.getByRole("region", {
      name: "Temuan: Persentase layanan mutasi yang selesai tepat waktu",
    });
    expect(within(section).getByText("Sel PK Deputi Mutasi!D4")).toBeTruthy();
    const findings = within(section).getAllByRole("listitem");
    expect(findings).toHaveLength(3);
    expect(findings.map((li) => li.textContent)).toEqual([
      expect.stringContaining("POLARITY_MISMATCH"),
      expect.stringContaining("REALISASI_MISMATCH"),
      expect.stringContaining("CAPAIAN_WRONG"),
    ]);
    fireEvent.click(within(findings[0]).getAllByRole("button")[0]);
    expect(host.calls.select).toHaveLength(2);

    // a node without findings says so; a click opens it as Enter does
    fireEvent.click(
      screen.getByText("Persentase pegawai yang mengikuti pelatihan teknis kepangkatan")
    );
    expect(host.calls.select[2]).toEqual({ sheet: "IKU Eselon II", cell: "C22" });
    expect(
      within(
        screen.getByRole("region", {
          name: "Temuan: Persentase pegawai yang mengikuti pelatihan teknis kepangkatan",
        })
      ).getByText(/LINK_NOT_UPWARD/)
    ).toBeTruthy();
    fireEvent.click(screen.getByText("Jumlah ASN yang mengikuti pelatihan kepemimpinan"));
    expect(screen.getByText("Tanpa temuan.")).toBeTruthy();
  });

  it("draws one unit's subtree when the filter names it", async () => {
    await openTree();
    const panel = screen.getByRole("tabpanel", { name: "Pohon kinerja" });
    const filter = within(panel).getByLabelText("Unit") as HTMLSelectElement;
    expect([...filter.options].map((o) => o.text.trim())).toContain(KR1);
    fireEvent.change(filter, { target: { value: DEPUTI } });
    await waitFor(() =>
      expect(
        screen
          .getAllByRole("treeitem")
          .filter((li) => li.getAttribute("aria-level") === "1")
          .map((li) => li.getAttribute("aria-label"))
      ).toEqual([`Unit kerja: ${DEPUTI}`])
    );
    expect(
      screen.queryByRole("treeitem", { name: new RegExp(`^Unit kerja: ${BADAN}`) })
    ).toBeNull();
    expect(screen.getByRole("treeitem", { name: /^IKU 1\.1 · |^IKU 1\.1: / })).toBeTruthy();
  });

  it("zooms in and out by steps (fitting is measured in the browser test)", async () => {
    const { tree } = await openTree();
    fireEvent.click(screen.getByRole("button", { name: "Perbesar" }));
    expect(tree.style.zoom).toBe("1.1");
    expect(screen.getByRole("status", { name: "Perbesaran 110%" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Perkecil" }));
    fireEvent.click(screen.getByRole("button", { name: "Perkecil" }));
    expect(tree.style.zoom).toBe("0.9");
  });

  it("speaks English", async () => {
    const { tree } = await openTree(new MemoryHost(), "en");
    expect(within(tree).getAllByRole("treeitem")[0].getAttribute("aria-label")).toBe(
      `Unit: ${BADAN}`
    );
    expect(screen.getByRole("treeitem", { name: /^IKU 1\.1 · / }).getAttribute("aria-label")).toBe(
      `IKU 1.1 · ${DEPUTI}: Persentase layanan mutasi yang selesai tepat waktu. Full. Target: 95%. 3 findings · Error`
    );
    for (const name of [
      "Open all",
      "Close all",
      "Zoom in",
      "Zoom out",
      "Fit width",
      "Download SVG",
      "Download PNG",
    ])
      expect(screen.getByRole("button", { name })).toBeTruthy();
    expect(
      screen.getByRole("list", { name: "What the tree's lines and colours mean" }).textContent
    ).toMatch(/^Full cascade \(F\)Partial cascade \(P\)Contributing cascade \(C\)/);
    expect(
      screen.getByText(/Some versions of Excel do not let a pane download files/)
    ).toBeTruthy();
  });
});
