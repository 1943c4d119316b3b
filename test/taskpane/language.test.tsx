/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { reasonText } from "../../src/core/reasonMessages";
import { langFromOffice, STRINGS } from "../../src/taskpane/i18n";
import { valueText } from "../../src/taskpane/PatchPlanReview";
import { MemoryHost } from "./memoryHost";
import { renderPane } from "./renderPane";

describe("language", () => {
  it("is Indonesian by default and English after switching", async () => {
    renderPane(new MemoryHost());
    expect(screen.getByRole("button", { name: "Periksa keselarasan" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Pemetaan" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Check alignment" })).toBeNull();

    fireEvent.click(screen.getByRole("switch", { name: "English" }));
    expect(screen.getByRole("button", { name: "Check alignment" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Clear highlights" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Setup" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Fill child units" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Periksa keselarasan" })).toBeNull();

    // findings are worded in the chosen language too
    fireEvent.click(screen.getByRole("button", { name: "Check alignment" }));
    await waitFor(() => expect(screen.getByRole("heading", { name: "Error (14)" })).toBeTruthy());
    expect(screen.getByText("14 errors")).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Full cascade: the target of/ })).toBeTruthy();
  });

  it("starts in English when Office runs in English", () => {
    renderPane(new MemoryHost(), langFromOffice("en-US"));
    expect(screen.getByRole("button", { name: "Check alignment" })).toBeTruthy();
    expect((screen.getByRole("switch", { name: "English" }) as HTMLInputElement).checked).toBe(
      true
    );
  });

  it("picks English only for en-* display languages", () => {
    expect(langFromOffice("en-US")).toBe("en");
    expect(langFromOffice("en-GB")).toBe("en");
    expect(langFromOffice("EN")).toBe("en");
    expect(langFromOffice("id-ID")).toBe("id");
    expect(langFromOffice("nl-NL")).toBe("id");
    expect(langFromOffice(undefined)).toBe("id");
    expect(langFromOffice("")).toBe("id");
  });

  it("has the same keys in both languages", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.id).sort());
  });

  it("says the engine's reasons wholly in the pane's language", () => {
    const empty = { code: "sheet-empty" } as const;
    expect(reasonText(empty, "id")).toBe("lembar kosong");
    expect(reasonText(empty, "en")).toBe("empty sheet");
    // a unit whose name holds " / " is shown whole: nothing splits text any more
    const noTable = { code: "fill-no-table", unit: "Biro Umum / Rumah Tangga" } as const;
    expect(reasonText(noTable, "en")).toBe(
      "Biro Umum / Rumah Tangga: no table for this unit: tick it to add a sheet"
    );
    expect(reasonText(noTable, "id")).toMatch(/^Biro Umum \/ Rumah Tangga: tidak ada tabel/);
    const why = {
      code: "change-row",
      parent: "1.2",
      unit: "Biro Umum",
      field: "polarity",
    } as const;
    expect(reasonText(why, "en")).toBe("1.2 → Biro Umum: polarity");
    expect(reasonText(why, "id")).toBe("1.2 → Biro Umum: polaritas");
    // a period is named as the sheet heads it in both languages
    const period = { ...why, field: "period", period: { index: 3, count: 4 } } as const;
    expect(reasonText(period, "en")).toBe("1.2 → Biro Umum: TW III");
  });

  it("writes counts and cell values as the language does (issue 14)", () => {
    // a ministry's 20k-row workbook: 1.212 findings, a fill of 4.000 cells
    expect(STRINGS.id.checked(1212)).toBe(
      "Pemeriksaan selesai: 1.212 temuan, sel bermasalah diwarnai."
    );
    expect(STRINGS.en.checked(1212)).toBe(
      "Check done: 1,212 findings, the cells at fault are coloured."
    );
    expect(STRINGS.id.applySummary(4000)).toBe("Akan ditulis: 4.000 sel.");
    expect(STRINGS.en.countError(1212)).toBe("1,212 errors");
    // a Kanreg's share of 76.5, and a target written as 0.95 under a percent format
    expect(valueText(76.5, STRINGS.id, "id")).toBe("76,5");
    expect(valueText(76.5, STRINGS.en, "en")).toBe("76.5");
    expect(valueText(0.955, STRINGS.id, "id", "0.00%")).toBe("95,5%");
    expect(valueText("95,00 Persen", STRINGS.en, "en")).toBe("95,00 Persen");
    expect(valueText(null, STRINGS.id, "id")).toBe(STRINGS.id.empty);
  });
});

describe("the language chosen", () => {
  it("is remembered for the next time the pane opens", async () => {
    localStorage.clear();
    const first = renderPane(new MemoryHost());
    fireEvent.click(screen.getByRole("switch", { name: "English" }));
    await screen.findByRole("button", { name: "Check alignment" });
    first.unmount();
    renderPane(new MemoryHost());
    expect(screen.getByRole("button", { name: "Check alignment" })).toBeTruthy();
    localStorage.clear();
  });
});
