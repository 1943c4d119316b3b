// A synthetic agency, seeded and realistic enough to load every part of the engine: a hierarchy
// sheet, one long table of every unit's indicators (layout A) with codes in a different style per
// level (letter-prefixed and numeric), IKU Atasan and Jenis Cascading,
// quarterly targets, all three cascade types, partial sets that add up, and about 1 % of rows
// misaligned on purpose. The top two levels also have a matriks cascading (one table per parent
// unit, stacked on one sheet), and a fifth of their children's full and partial rows still wait
// for their targets, so a fill has cells to write. Written as a workbook spec
// (src/sample/spec.ts) so it goes through the same reader as a planner's file.

/** A small, seeded pseudo-random generator (mulberry32): the same agency on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = [
  ["Persentase layanan kepegawaian yang selesai tepat waktu", "%", "sum-no"],
  ["Jumlah dokumen perencanaan yang disusun", "Dokumen", "sum"],
  ["Indeks kepuasan masyarakat atas layanan", "Indeks", "avg"],
  ["Jumlah instansi yang dibina dalam manajemen talenta", "Instansi", "sum"],
  ["Persentase rekomendasi pengawasan yang ditindaklanjuti", "%", "avg"],
  ["Jumlah laporan kinerja yang disampaikan tepat waktu", "Laporan", "sum"],
  ["Nilai SAKIP unit kerja", "Nilai", "avg"],
  ["Jumlah ASN yang mengikuti pengembangan kompetensi", "Orang", "sum"],
];

/**
 * @param {number} rows indicator rows wanted (about)
 * @param {number} perUnit indicators per unit
 */
function agency(rows, perUnit = 50, seed = 2026) {
  const rnd = random(seed);
  const units = [
    { name: "Badan Kepegawaian Sintetis", parent: null, level: "JPT Utama", depth: 0 },
  ];
  const fan = [10, 10, 20, 20];
  let frontier = [units[0]];
  for (let depth = 0; units.length * perUnit < rows && depth < fan.length; depth++) {
    const next = [];
    for (const p of frontier) {
      for (let k = 0; k < fan[depth] && units.length * perUnit < rows; k++) {
        const u = {
          name: `${["Deputi", "Direktorat", "Kantor Regional", "Tim Kerja"][depth]} ${units.length}`,
          parent: p,
          level: ["JPT Madya", "II", "III", "IV"][depth],
          depth: depth + 1,
        };
        units.push(u);
        next.push(u);
      }
    }
    frontier = next;
  }
  const children = new Map();
  for (const u of units)
    if (u.parent) children.set(u.parent, [...(children.get(u.parent) ?? []), u]);

  const body = [];
  const targets = new Map(); // unit name + index → target value (numbers) for partial shares
  const seeded = [];
  let awaiting = 0;
  let missing = 0;
  // codes in the styles planners write, a different one per level: letter-prefixed ("SS-3",
  // "D.3", "KR.3", "TK-3") and plain numbers; each row names its parent's code in IKU Atasan
  const codeOf = (u, i) =>
    [`SS-${i + 1}`, `D.${i + 1}`, `${i + 1}`, `KR.${i + 1}`, `TK-${i + 1}`][u.depth];
  const typeOf = (i) => (i % 10 === 9 ? "K" : THEMES[i % THEMES.length][2] === "sum" ? "P" : "F");
  const addRow = (u, i, name, satuan, target, tw, link, type) =>
    body.push([
      u.name,
      codeOf(u, i),
      `Sasaran ${i % 5} ${u.name}`,
      name,
      satuan,
      target,
      ...tw,
      link,
      type,
    ]);

  for (const u of units) {
    const siblings = u.parent ? children.get(u.parent) : [u];
    const share = siblings.length;
    for (let i = 0; i < perUnit; i++) {
      const [theme, satuan, kind] = THEMES[i % THEMES.length];
      const name = `${theme} ${i + 1}`;
      let target;
      let type = null;
      let link = null;
      if (!u.parent) target = kind === "sum" ? 1000 * (1 + (i % 7)) : 90 + (i % 9);
      else {
        const parentTarget = targets.get(`${u.parent.name}|${i}`);
        link = codeOf(u.parent, i);
        if (i % 10 === 9) {
          type = "K"; // contributing: its own indicator
          target = 10 + (i % 5);
        } else if (kind === "sum") {
          type = "P"; // partial: equal shares, the first siblings taking one more of the remainder
          const base = Math.floor(parentTarget / share);
          const extra = parentTarget - base * share;
          target = base + (siblings.indexOf(u) < extra ? 1 : 0);
        } else {
          type = "F"; // full: the same target
          target = parentTarget;
        }
      }
      // about 1 % misaligned: a drifted or short target
      if (u.parent && rnd() < 0.01 && type !== "K") {
        target = Math.max(0, target - 1);
        seeded.push(`${u.name} ${i + 1}`);
      }
      targets.set(`${u.name}|${i}`, target);
      const rowName =
        type === "K"
          ? `Jumlah kegiatan pendukung ${theme.toLowerCase()} ${i + 1} oleh ${u.name}`
          : name;
      // under a matriks, a few rows the matriks asks for are not written yet (a fill adds them:
      // only in units without children, so no row below links to them) and a fifth of the full
      // and partial rows still wait for their targets
      const matrixed = u.depth > 0 && u.depth <= 2 && type !== "K";
      if (matrixed && !children.has(u) && rnd() < 0.01) {
        missing++;
        continue;
      }
      const waits = matrixed && rnd() < 0.2;
      if (waits) awaiting++;
      const tw = kind === "sum" ? [null, null, null, target] : [target, target, target, target];
      addRow(
        u,
        i,
        rowName,
        satuan,
        waits ? null : target,
        waits ? [null, null, null, null] : tw,
        link,
        type
      );
    }
  }
  const header = [
    "Unit Kerja",
    "Kode",
    "Sasaran Kegiatan",
    "Indikator Kinerja",
    "Satuan",
    "Target 2026",
    "TW I",
    "TW II",
    "TW III",
    "TW IV",
    "IKU Atasan",
    "Jenis Cascading",
  ];
  // one matriks per unit of the top two levels: its IKU down, its child units across
  const matrix = [];
  for (const u of units) {
    const kids = children.get(u) ?? [];
    if (u.depth > 1 || kids.length === 0) continue;
    matrix.push([`MATRIKS CASCADING IKU ${u.name.toUpperCase()} TAHUN 2026`]);
    matrix.push(["Kode", "Indikator Kinerja Utama", ...kids.map((k) => k.name)]);
    for (let i = 0; i < perUnit; i++) {
      const [theme] = THEMES[i % THEMES.length];
      matrix.push([codeOf(u, i), `${theme} ${i + 1}`, ...kids.map(() => typeOf(i))]);
    }
    matrix.push([], []);
  }
  return {
    spec: {
      sheets: [
        {
          name: "Hierarki",
          rows: [
            ["Unit Kerja", "Unit Atasan", "Eselon"],
            ...units.map((u) => [u.name, u.parent ? u.parent.name : null, u.level]),
          ],
        },
        { name: "IKU", rows: [["INDIKATOR KINERJA TAHUN 2026"], [], header, ...body] },
        { name: "Matriks Cascading", rows: matrix },
      ],
    },
    units: units.length,
    rows: body.length,
    seeded: seeded.length,
    awaiting,
    missing,
    matrixRows: matrix.length,
  };
}

module.exports = { agency, random };
