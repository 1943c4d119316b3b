import { understandingMessage, type UnderstandingNote } from "../../src/core/understanding";

describe("what the check could not place, said in each language", () => {
  const oneUnit: UnderstandingNote = { code: "PLACE_UNKNOWN", units: ["Kantor Regional IX"] };
  const threeUnits: UnderstandingNote = {
    code: "PLACE_UNKNOWN",
    units: ["Biro Umum", "Biro Hukum", "Pusat Data"],
  };

  it("counts one unit as one in English, and a unit in Indonesian either way", () => {
    expect(understandingMessage(oneUnit, "en")).toMatch(
      /^1 unit has no known parent: Kantor Regional IX\. Its rows are not checked/
    );
    expect(understandingMessage(threeUnits, "en")).toMatch(
      /^3 units have no known parent: Biro Umum, Biro Hukum, Pusat Data\./
    );
    expect(understandingMessage(oneUnit, "id")).toMatch(
      /^1 unit belum diketahui atasannya: Kantor Regional IX\./
    );
    expect(understandingMessage(threeUnits, "id")).toMatch(/^3 unit belum diketahui atasannya/);
  });

  it("writes a ministry's thousands as each language does, and lists five units at most", () => {
    const many = Array.from({ length: 1200 }, (_, i) => `Kantor Unit ${i + 1}`);
    const note: UnderstandingNote = { code: "EXTERNAL_LINKS", rows: 1500, units: many };
    expect(understandingMessage(note, "id")).toContain("1.500 baris dari 1.200 unit menaut");
    expect(understandingMessage(note, "en")).toContain("1,500 rows of 1,200 units link");
    expect(understandingMessage(note, "id")).toContain("Kantor Unit 5 … (1.200)");
  });

  it("says a single top unit stands alone", () => {
    const note: UnderstandingNote = { code: "SEVERAL_TOPS", units: ["Inspektorat"] };
    expect(understandingMessage(note, "en")).toMatch(
      /^1 unit stands at the top with no parent: Inspektorat\./
    );
    expect(understandingMessage(note, "id")).toMatch(/^1 unit berdiri di puncak tanpa atasan/);
  });
});
