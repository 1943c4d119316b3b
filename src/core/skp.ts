/**
 * The individual level (DESIGN.md §7): civil servants' SKP — their Rencana Hasil Kerja (RHK), each
 * naming the leader's RHK it intervenes, measured by indicators (IKI) — and their e-Kinerja
 * activity logs. Pure data and checks: persons are units of kind person, an intervened RHK is a
 * parent link by name, and the checks speak of persons by name and jabatan, never by NIP.
 */
import { numberOf } from "./compare";
import type { Finding, FindingCode } from "./findings";
import { FINDING_SEVERITY } from "./findings";
import type { CellRef, Indicator, Unit } from "./model";
import type { TargetValue } from "./target";
import { foldText, unitKey } from "./text";

export interface SkpPerson {
  /** NIP, else NRK, else name + jabatan + unit (folded): one person, however often listed. */
  key: string;
  name: string;
  jabatan: string;
  unit: string;
  /** NIP or NRK as written (personal data: shown masked unless asked). */
  id?: string;
  /** The Penilai (atasan langsung), as the file names them: id, else name. */
  penilai?: { id?: string; name?: string; jabatan?: string };
  /** A Jabatan Pimpinan Tinggi: their RHK come from the unit's PK and intervene nothing. */
  jpt: boolean;
  cell: CellRef;
}

export interface SkpIki {
  name: string;
  aspek?: string;
  satuan?: string;
  target: TargetValue;
  periods?: TargetValue[];
  cell: CellRef;
}

export interface SkpRhk {
  id: string;
  /** The person's key. */
  person: string;
  text: string;
  /** The leader's RHK this one intervenes, as written. */
  intervened?: string;
  /** Under Kinerja Tambahan: it need not intervene anything. */
  additional: boolean;
  ikis: SkpIki[];
  cell: CellRef;
}

export interface SkpActivity {
  person: string;
  /** ISO date. */
  date: string;
  text: string;
  /** The RHK the activity serves, as written. */
  rhk?: string;
  minutes?: number;
  cell: CellRef;
}

export interface SkpStandards {
  /** Effective working minutes a day (default 300). */
  dailyMinutes: number;
  /** Effective working hours a year (default 1 250; agencies use 1 200–1 300). */
  yearlyHours: number;
}

export const DEFAULT_STANDARDS: SkpStandards = { dailyMinutes: 300, yearlyHours: 1250 };

export interface SkpPlan {
  persons: SkpPerson[];
  rhk: SkpRhk[];
  activities: SkpActivity[];
  standards: SkpStandards;
}

/** A person as findings and summaries show them: name and jabatan, the identifier masked. */
export interface PersonRef {
  name: string;
  jabatan: string;
  unit: string;
  id?: string;
}

/** An identifier shown as its last four digits ("…4321"), unless the user asked to see it. */
export function maskId(id: string | undefined, show = false): string | undefined {
  if (!id) return undefined;
  const digits = id.replace(/\s/g, "");
  return show || digits.length <= 4 ? digits : `…${digits.slice(-4)}`;
}

function personRef(p: SkpPerson, showIds = false): PersonRef {
  const id = maskId(p.id, showIds);
  return { name: p.name, jabatan: p.jabatan, unit: p.unit, ...(id ? { id } : {}) };
}

/** The key of a person read from a row: NIP, else NRK, else name + jabatan + unit. */
export function personKey(id: string | undefined, name: string, jabatan: string, unit: string) {
  const digits = id?.replace(/\D/g, "");
  if (digits && digits.length >= 4) return `id:${digits}`;
  return `p:${foldText(name)}|${foldText(jabatan)}|${unitKey(unit)}`;
}

/** How a person's year adds up in their activity log (shown, not judged). */
export interface PersonYear {
  person: PersonRef;
  minutes: number;
  standardHours: number;
}

export interface SkpResult {
  findings: Finding[];
  years: PersonYear[];
  persons: number;
}

/** Same RHK text, or one a narrowing of the other ("Terlaksananya pembinaan" within a longer one). */
export function sameRhk(a: string, b: string): boolean {
  const x = foldText(a);
  const y = foldText(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 12 && long.includes(short);
}

export function checkSkp(
  skp: SkpPlan,
  units: { indicators: Indicator[]; units: Unit[] },
  showIds = false
): SkpResult {
  const findings: Finding[] = [];
  const byKey = new Map(skp.persons.map((p) => [p.key, p]));
  // persons by name and each unit's heads, so finding a leader does not scan every person (an
  // export of a whole agency has thousands)
  const byName = new Map<string, SkpPerson[]>();
  const heads = new Map<string, SkpPerson[]>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const xs = m.get(k);
    if (xs) xs.push(v);
    else m.set(k, [v]);
  };
  const rhkOf = new Map<string, SkpRhk[]>();
  for (const r of skp.rhk) push(rhkOf, r.person, r);
  for (const p of skp.persons) {
    push(byName, foldText(p.name), p);
    if (p.jpt || /^kepala\b/i.test(p.jabatan)) push(heads, unitKey(p.unit), p);
  }
  // without a Penilai, a person's leader is the head of their unit (its JPT, else its "Kepala")
  const headOf = (p: SkpPerson): SkpPerson | undefined => {
    const unit = unitKey(p.unit);
    if (!unit || p.jpt) return undefined;
    const here = (heads.get(unit) ?? []).filter((q) => q !== p);
    return here.find((q) => q.jpt) ?? here[0];
  };
  const leaders = new Map<SkpPerson, SkpPerson | undefined>();
  const findLeader = (p: SkpPerson): SkpPerson | undefined => {
    const pen = p.penilai;
    if (!pen) return headOf(p);
    if (pen.id) {
      const byId = byKey.get(personKey(pen.id, "", "", ""));
      if (byId) return byId;
    }
    if (!pen.name) return undefined;
    return byName.get(foldText(pen.name))?.find((q) => q !== p);
  };
  const leaderOf = (p: SkpPerson): SkpPerson | undefined => {
    if (!leaders.has(p)) leaders.set(p, findLeader(p));
    return leaders.get(p);
  };
  // each finding about an RHK gets its chain (RHK → the leader's RHK → … → the unit's IKU) at the end
  const about = new Map<Finding, SkpRhk>();
  const finding = (
    code: FindingCode,
    p: SkpPerson,
    at: CellRef,
    extra: Partial<Finding> = {},
    rhk?: SkpRhk
  ): Finding => {
    const f: Finding = {
      code,
      severity: FINDING_SEVERITY[code],
      at,
      unit: p.unit || null,
      indicator: null,
      parent: null,
      inferred: false,
      suggestions: [],
      person: personRef(p, showIds),
      ...extra,
    };
    if (rhk) about.set(f, rhk);
    return f;
  };

  // each staff RHK resolved to the leader's RHK it names
  const intervenes = new Map<string, SkpRhk>();
  for (const r of skp.rhk) {
    const p = byKey.get(r.person);
    if (!p) continue;
    if (!r.intervened) {
      if (!p.jpt && !r.additional)
        findings.push(
          finding("RHK_NOT_INTERVENING", p, r.cell, { indicator: r.text, name: r.text }, r)
        );
      continue;
    }
    const leader = leaderOf(p);
    const theirs = leader ? (rhkOf.get(leader.key) ?? []) : [];
    const hit = theirs.find((l) => sameRhk(l.text, r.intervened as string));
    if (hit) intervenes.set(r.id, hit);
    else if (theirs.length === 0)
      findings.push(
        finding(
          "EXTERNAL_LINK",
          p,
          r.cell,
          {
            indicator: r.text,
            name: r.text,
            parent: r.intervened,
            detail: { level: "person", leader: leader ? leader.name : (p.penilai?.name ?? "") },
          },
          r
        )
      );
    else
      findings.push(
        finding(
          "BROKEN_LINK",
          p,
          r.cell,
          {
            indicator: r.text,
            name: r.text,
            parent: r.intervened,
            detail: { level: "person", leader: (leader as SkpPerson).name },
          },
          r
        )
      );
  }

  // a leader's RHK none of their staff intervenes
  const used = new Set([...intervenes.values()].map((r) => r.id));
  const isLeader = new Set(
    skp.persons.map((p) => leaderOf(p)?.key).filter((k): k is string => k !== undefined)
  );
  for (const r of skp.rhk) {
    const p = byKey.get(r.person);
    if (!p || !isLeader.has(p.key) || used.has(r.id)) continue;
    findings.push(finding("LEADER_RHK_UNUSED", p, r.cell, { indicator: r.text, name: r.text }, r));
  }

  // two staff of one leader with the same result under the same intervened RHK
  const seen = new Map<string, SkpRhk>();
  for (const r of skp.rhk) {
    const over = intervenes.get(r.id);
    if (!over) continue;
    const key = `${over.id}|${foldText(r.text)}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, r);
      continue;
    }
    if (first.person === r.person) continue;
    const p = byKey.get(r.person) as SkpPerson;
    const other = byKey.get(first.person) as SkpPerson;
    findings.push(
      finding(
        "RHK_OVERLAP",
        p,
        r.cell,
        {
          indicator: r.text,
          name: r.text,
          parent: over.text,
          detail: {
            other: `${other.name} (${other.jabatan})`,
            first: `${first.cell.sheet}!${first.cell.cell}`,
          },
        },
        r
      )
    );
  }

  // a JPT's RHK matching nothing of the unit's PK
  for (const r of skp.rhk) {
    const p = byKey.get(r.person);
    if (!p?.jpt || r.additional) continue;
    const rows = units.indicators.filter((i) => unitKey(i.unit) === unitKey(p.unit));
    if (rows.length === 0) continue;
    const known = rows.some(
      (i) => sameRhk(i.name, r.text) || (i.objective !== undefined && sameRhk(i.objective, r.text))
    );
    if (!known)
      findings.push(
        finding("JPT_RHK_NOT_IN_PK", p, r.cell, { indicator: r.text, name: r.text }, r)
      );
  }

  // what every row of a plan is checked for, per person: a target, quarters that add up, no twice
  for (const r of skp.rhk) {
    const p = byKey.get(r.person);
    if (!p) continue;
    const names = new Map<string, CellRef>();
    for (const iki of r.ikis) {
      const at = iki.cell;
      const key = foldText(iki.name);
      const first = names.get(key);
      if (first)
        findings.push(
          finding(
            "DUPLICATE_INDICATOR",
            p,
            at,
            {
              indicator: iki.name,
              name: iki.name,
              detail: { first: `${first.sheet}!${first.cell}` },
            },
            r
          )
        );
      else names.set(key, at);
      if (iki.target.kind === "empty" || iki.target.kind === "placeholder")
        findings.push(finding("TARGET_MISSING", p, at, { indicator: iki.name, name: iki.name }, r));
      else if (!quartersAddUp(iki))
        findings.push(
          finding(
            "QUARTER_INCONSISTENT",
            p,
            at,
            {
              indicator: iki.name,
              name: iki.name,
              expected: numberOf(iki.target) ?? null,
              actual: (iki.periods ?? []).map((t) => t.original || "—").join(" / "),
            },
            r
          )
        );
    }
  }

  // the activity log: a day over the effective time, an activity serving no RHK of its person
  const days = new Map<string, { minutes: number; last: SkpActivity }>();
  const totals = new Map<string, number>();
  for (const a of skp.activities) {
    const p = byKey.get(a.person);
    if (!p) continue;
    if (a.minutes !== undefined) {
      const key = `${a.person}|${a.date}`;
      const day = days.get(key) ?? { minutes: 0, last: a };
      day.minutes += a.minutes;
      day.last = a;
      days.set(key, day);
      totals.set(a.person, (totals.get(a.person) ?? 0) + a.minutes);
    }
    const own = rhkOf.get(a.person) ?? [];
    const linked = a.rhk ? own.some((r) => sameRhk(r.text, a.rhk as string)) : false;
    if (!linked && (own.length > 0 || !a.rhk))
      findings.push(
        finding("ACTIVITY_UNLINKED", p, a.cell, {
          indicator: a.text,
          name: a.text,
          parent: a.rhk ?? null,
        })
      );
  }
  for (const [key, day] of days) {
    if (day.minutes <= skp.standards.dailyMinutes) continue;
    const p = byKey.get(key.split("|")[0]) as SkpPerson;
    findings.push(
      finding("DURATION_OVER_DAY", p, day.last.cell, {
        expected: skp.standards.dailyMinutes,
        actual: day.minutes,
        detail: { date: day.last.date },
      })
    );
  }
  // the chain from each RHK up: the leaders' RHK it intervenes, then the IKU of the PK it serves
  const chainOf = (r: SkpRhk): string[] => {
    const chain = [r.text];
    let top = r;
    for (
      let next = intervenes.get(r.id);
      next && chain.length < 10;
      next = intervenes.get(next.id)
    ) {
      chain.push(next.text);
      top = next;
    }
    const owner = byKey.get(top.person);
    if (owner?.jpt) {
      const iku = units.indicators.find(
        (i) =>
          unitKey(i.unit) === unitKey(owner.unit) &&
          (sameRhk(i.name, top.text) ||
            (i.objective !== undefined && sameRhk(i.objective, top.text)))
      );
      if (iku) chain.push(`IKU ${iku.code ?? iku.name}`);
    }
    return chain;
  };
  for (const [f, r] of about) f.chain = chainOf(r);
  const years = [...totals].map(([key, minutes]) => ({
    person: personRef(byKey.get(key) as SkpPerson, showIds),
    minutes,
    standardHours: skp.standards.yearlyHours,
  }));
  return { findings, years, persons: skp.persons.length };
}

/** Quarters that make the year: summed, cumulative (the last is the year) or the same each time. */
function quartersAddUp(iki: SkpIki): boolean {
  const year = numberOf(iki.target);
  const q = (iki.periods ?? []).map(numberOf);
  if (year === undefined || q.length === 0 || q.some((x) => x === undefined)) return true;
  const values = q as number[];
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  const sum = values.reduce((s, x) => s + x, 0);
  return (
    close(sum, year) ||
    close(values[values.length - 1], year) ||
    values.every((x) => close(x, year))
  );
}
