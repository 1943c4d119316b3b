/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { KR1 } from "../../src/sample/sampleWorkbook";
import { MemoryHost } from "./memoryHost";
import { renderPane, settled } from "./renderPane";

describe("Susun PK view", () => {
  it("lists the units with IKU and no PK, all ticked, and drafts only those left ticked", async () => {
    const host = new MemoryHost();
    renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "Susun PK" }));
    fireEvent.click(screen.getByRole("button", { name: "Cari unit tanpa PK" }));
    const group = await screen.findByRole("group", { name: "Unit tanpa PK" });
    await settled("Cari unit tanpa PK");
    const boxes = within(group).getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes.length).toBeGreaterThan(1);
    expect(boxes.every((b) => b.checked)).toBe(true);
    expect(screen.getByLabelText(`${KR1} → lembar "PK ${KR1}" (3 IKU)`)).toBeTruthy();
    expect((screen.getByLabelText("Tahun PK") as HTMLInputElement).value).toBe("2026");

    // only Kantor Regional I stays ticked
    for (const b of boxes) if (!b.labels?.[0]?.textContent?.startsWith(KR1)) fireEvent.click(b);
    expect(screen.getByText("Akan ditambahkan: 1 lembar PK.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Susun PK" }));
    await screen.findByText(/Lembar PK ditambahkan: PK Kantor Regional I Yogyakarta\./);
    expect(host.calls.applyPatches).toHaveLength(1);
    expect(host.calls.applyPatches[0].sheets?.map((s) => s.name)).toEqual([`PK ${KR1}`]);
    expect(host.valueOf(`PK ${KR1}`, "A1")).toBe("PERJANJIAN KINERJA TAHUN 2026");
  });
});
