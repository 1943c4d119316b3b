/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { dinasWithKesmas, KESMAS, KESMAS_SHEET, PUSKESMAS } from "../fixtures/dinasKesehatan";
import { MemoryHost } from "./memoryHost";
import { renderPane, settled } from "./renderPane";

async function preview() {
  fireEvent.click(screen.getByRole("button", { name: "Pratinjau" }));
  await screen.findByRole("list", { name: /^Konflik/ });
  await settled("Pratinjau");
}

function conflictBoxes(): HTMLInputElement[] {
  return within(screen.getByRole("list", { name: /^Konflik/ })).getAllByRole(
    "checkbox"
  ) as HTMLInputElement[];
}

describe("Fill child units view", () => {
  it("previews every change, leaves conflicts unticked, and applies only what is ticked", async () => {
    const host = new MemoryHost();
    renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "Isi unit bawahan" }));
    await preview();

    const changes = within(screen.getByRole("list", { name: /^Perubahan/ })).getAllByRole(
      "listitem"
    );
    expect(changes.length).toBeGreaterThan(0);
    expect(screen.getByText("IKU Eselon II!F15: (kosong) → 4")).toBeTruthy();
    expect(screen.getByText("1.2 → Kantor Regional I Yogyakarta: TW I")).toBeTruthy();
    expect(
      screen.getByText('1 baris baru di lembar "IKU Eselon II" di bawah baris 25.')
    ).toBeTruthy();
    const boxes = conflictBoxes();
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.every((b) => !b.checked)).toBe(true);
    expect(screen.getByLabelText("IKU Eselon II!E14: 90 → 95")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Terapkan" }));
    await screen.findByText(/sel ditulis/);
    expect(host.calls.applyPatches).toHaveLength(1);
    const first = host.calls.applyPatches[0];
    expect(first.changes).toHaveLength(changes.length);
    expect(first.changes.map((c) => `${c.sheet}!${c.cell}`)).not.toContain("IKU Eselon II!E14");
    expect(host.valueOf("IKU Eselon II", "E14")).toBe(90);
    expect(host.valueOf("IKU Eselon II", "F15")).toBe(4);
    expect(host.valueOf("IKU Eselon II", "C26")).toBe(
      "Jumlah instansi yang menerapkan manajemen talenta"
    );

    // a second preview: the conflict is still there, unticked; ticking it adds it to the apply
    await preview();
    const e14 = screen.getByLabelText("IKU Eselon II!E14: 90 → 95") as HTMLInputElement;
    expect(e14.checked).toBe(false);
    fireEvent.click(e14);
    expect(e14.checked).toBe(true);
    // the target and the four quarters held back with it
    expect(screen.getByText(/^Akan ditulis: 5 sel\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Terapkan" }));
    await waitFor(() => expect(host.calls.applyPatches).toHaveLength(2));
    const second = host.calls.applyPatches[1];
    expect(second.changes.map((c) => c.cell)).toEqual(["E14", "F14", "G14", "H14", "I14"]);
    expect(second.changes[0]).toEqual(
      expect.objectContaining({ sheet: "IKU Eselon II", cell: "E14", old: 90, new: 95 })
    );
    expect(second.conflicts.map((c) => `${c.sheet}!${c.cell}`)).not.toContain("IKU Eselon II!E14");
    expect(host.valueOf("IKU Eselon II", "E14")).toBe(95);
  });

  it("adds a sheet for a Bidang with no table only once its box is ticked", async () => {
    const host = new MemoryHost(dinasWithKesmas());
    renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "Isi unit bawahan" }));
    await preview();
    const group = screen.getByRole("group", { name: "Unit bawahan tanpa tabel" });
    const box = within(group).getByLabelText(`Tambah lembar untuk ${KESMAS}`) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(screen.queryByText(new RegExp(`^${KESMAS_SHEET}!C5`))).toBeNull();

    fireEvent.click(box);
    expect(
      await screen.findByText(new RegExp(`^${KESMAS_SHEET}!C5: \\(kosong\\) → `))
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Terapkan" }));
    await screen.findByText(/sel ditulis/);
    expect(host.calls.applyPatches[0].sheets?.map((n) => n.name)).toEqual([KESMAS_SHEET]);
    expect(host.valueOf(KESMAS_SHEET, "C5")).toBe(PUSKESMAS);
  });

  it("names a unit whose name holds a slash whole, in either language, without planning again", async () => {
    const spec = dinasWithKesmas();
    const slashed = "Biro Umum / Rumah Tangga";
    for (const sheet of spec.sheets)
      sheet.rows = sheet.rows.map((row) => row.map((v) => (v === KESMAS ? slashed : v)));
    renderPane(new MemoryHost(spec));
    fireEvent.click(screen.getByRole("tab", { name: "Isi unit bawahan" }));
    fireEvent.click(screen.getByRole("button", { name: "Pratinjau" }));
    expect(
      await screen.findByText(
        `${slashed}: tidak ada tabel untuk unit ini; centang unit untuk membuat lembar baru`
      )
    ).toBeTruthy();
    await settled("Pratinjau");
    fireEvent.click(screen.getByRole("switch", { name: "English" }));
    expect(
      await screen.findByText(`${slashed}: no table for this unit: tick it to add a sheet`)
    ).toBeTruthy();
    expect(screen.queryByText(/tidak ada tabel/)).toBeNull();
  });

  it("undoes the last fill from what the profile recorded", async () => {
    const host = new MemoryHost();
    renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "Isi unit bawahan" }));
    await preview();
    fireEvent.click(screen.getByRole("button", { name: "Terapkan" }));
    await screen.findByText(/sel ditulis/);
    await settled("Batalkan isi terakhir");
    expect(host.valueOf("IKU Eselon II", "F15")).toBe(4);

    fireEvent.click(screen.getByRole("button", { name: "Batalkan isi terakhir" }));
    await screen.findByText(/^Isi terakhir dibatalkan/);
    expect(host.valueOf("IKU Eselon II", "F15")).toBeNull();
    expect(host.grids.find((g) => g.sheet === "IKU Eselon II")?.values).toHaveLength(25);
  });

  it("says so when there is nothing to undo", async () => {
    renderPane(new MemoryHost());
    fireEvent.click(screen.getByRole("tab", { name: "Isi unit bawahan" }));
    fireEvent.click(screen.getByRole("button", { name: "Batalkan isi terakhir" }));
    expect(await screen.findByText("Tidak ada isi Selaras yang dapat dibatalkan.")).toBeTruthy();
  });
});

describe("after a fill, what is shown is the workbook as it now is", () => {
  it("checks again when it had been checked: the counts, colours and Temuan sheet are the filled workbook's", async () => {
    const host = new MemoryHost();
    let edited = 0;
    renderPane(host, "id", { onEdited: () => edited++, downloadToSave: true });
    fireEvent.click(screen.getByRole("button", { name: "Periksa keselarasan" }));
    await screen.findByRole("heading", { name: "Galat (14)" });
    expect(host.calls.highlight).toHaveLength(1);

    fireEvent.click(screen.getByRole("tab", { name: "Isi unit bawahan" }));
    await preview();
    fireEvent.click(screen.getByRole("button", { name: "Terapkan" }));
    // the web page's notice says how to keep the change
    await screen.findByText(/sel ditulis\..*Unduh workbook untuk menyimpan perubahan ini\./);
    expect(edited).toBe(1);
    // coloured again from a fresh check of the filled workbook
    expect(host.calls.highlight).toHaveLength(2);
    fireEvent.click(screen.getByRole("tab", { name: "Periksa" }));
    expect(screen.getByRole("heading", { name: "Galat (13)" })).toBeTruthy();
  });
});

describe("conflicts a planner accepts", () => {
  it("ticks a row's quarter targets with its target, and says why each cell waits", async () => {
    renderPane(new MemoryHost());
    fireEvent.click(screen.getByRole("tab", { name: "Isi unit bawahan" }));
    await preview();
    fireEvent.click(screen.getByLabelText("IKU Eselon II!E14: 90 → 95"));
    // the Kanreg's quarters, empty and held back with its target, go with it
    for (const cell of ["F14", "G14", "H14", "I14"])
      expect(
        (screen.getByLabelText(`IKU Eselon II!${cell}: (kosong) → 95`) as HTMLInputElement).checked
      ).toBe(true);
    // another row's conflicts stay as they were
    expect((screen.getByLabelText("IKU Eselon II!E16: 78 → 80") as HTMLInputElement).checked).toBe(
      false
    );
    expect(screen.getByText(/alasannya ada di bawah tiap sel/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText("IKU Eselon II!E14: 90 → 95"));
    expect(
      (screen.getByLabelText("IKU Eselon II!F14: (kosong) → 95") as HTMLInputElement).checked
    ).toBe(false);
  });

  it("says how many inserted rows an undo removed", async () => {
    const host = new MemoryHost();
    renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "Isi unit bawahan" }));
    await preview();
    fireEvent.click(screen.getByRole("button", { name: "Terapkan" }));
    await screen.findByText(/sel ditulis/);
    fireEvent.click(screen.getByRole("button", { name: "Batalkan isi terakhir" }));
    await screen.findByText(/1 baris yang ditambahkan dihapus lagi\./);
  });
});

describe("Isi dari atasan: from a finding to its IKU's fill", () => {
  it("previews only what the drifted IKU cascades to that Kantor Regional, and writes only that", async () => {
    const host = new MemoryHost();
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "Periksa keselarasan" }));
    const drift = await screen.findByRole("button", { name: /IKU Eselon II!E14 · FULL_DRIFT$/ });
    const item = drift.closest("li") as HTMLElement;
    fireEvent.click(within(item).getByRole("button", { name: "Isi dari atasan" }));

    // Fill opens on that IKU alone: the drifted target, held back as a conflict, and its row's cells
    await screen.findByRole("list", { name: /^Konflik/ });
    await settled("Pratinjau");
    expect(
      screen.getByRole("tab", { name: "Isi unit bawahan" }).getAttribute("aria-selected")
    ).toBe("true");
    expect(
      screen.getByText(/^Hanya isian dari IKU 1\.1 untuk Kantor Regional I Yogyakarta/)
    ).toBeTruthy();
    const conflicts = conflictBoxes().map((b) => b.labels?.[0]?.textContent ?? "");
    expect(conflicts).toContain("IKU Eselon II!E14: 90 → 95");
    expect(conflicts.every((c) => /^IKU Eselon II![A-Z]+14:/.test(c))).toBe(true);
    expect(screen.queryByText("1.2 → Kantor Regional I Yogyakarta: TW I")).toBeNull();
    expect(screen.queryByText(/baris baru/)).toBeNull();

    // ticked and applied, it writes that row and nothing else
    fireEvent.click(screen.getByLabelText("IKU Eselon II!E14: 90 → 95"));
    fireEvent.click(screen.getByRole("button", { name: "Terapkan" }));
    await screen.findByText(/sel ditulis/);
    const written = host.calls.applyPatches[0];
    expect(written.inserts).toHaveLength(0);
    expect(
      written.changes.every((c) => c.sheet === "IKU Eselon II" && /^[A-Z]+14$/.test(c.cell))
    ).toBe(true);
    expect(host.valueOf("IKU Eselon II", "E14")).toBe(95);
  });

  it("goes back to the whole fill with 'Tampilkan semua isian'", async () => {
    renderPane(new MemoryHost());
    fireEvent.click(screen.getByRole("button", { name: "Periksa keselarasan" }));
    const drift = await screen.findByRole("button", { name: /IKU Eselon II!E14 · FULL_DRIFT$/ });
    fireEvent.click(
      within(drift.closest("li") as HTMLElement).getByRole("button", { name: "Isi dari atasan" })
    );
    await screen.findByText(/^Hanya isian dari IKU/);
    await settled("Pratinjau");
    fireEvent.click(screen.getByRole("button", { name: "Tampilkan semua isian" }));
    await screen.findByText("1.2 → Kantor Regional I Yogyakarta: TW I");
    expect(screen.queryByText(/^Hanya isian dari IKU/)).toBeNull();
  });
});
