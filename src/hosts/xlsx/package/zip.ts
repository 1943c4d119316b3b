/**
 * The .xlsx package as a zip of named parts (fflate). Parts are kept as bytes in their original
 * order; a part is decoded only when someone reads it, and written back only when someone set it,
 * so every other part leaves the package exactly as it came in.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export class ZipParts {
  /** Every part by name, in the package's order; undefined until decompressed or set. */
  private readonly parts = new Map<string, Uint8Array | undefined>();
  /** Part names by lower case: OOXML part names compare without case. */
  private readonly byLower = new Map<string, string>();

  /**
   * Only the directory is read here: a part is decompressed when asked for, so reading a large
   * workbook holds one sheet at a time, not the whole package.
   */
  constructor(private readonly data: Uint8Array) {
    unzipSync(data, {
      filter: (f) => {
        // folder entries too: they carry nothing, but the package keeps every entry it had
        this.parts.set(f.name, undefined);
        this.byLower.set(f.name.toLowerCase(), f.name);
        return false;
      },
    });
  }

  /** The part's name as stored, found without regard to case. */
  name(path: string): string | undefined {
    return this.byLower.get(path.replace(/^\//, "").toLowerCase());
  }

  has(path: string): boolean {
    return this.name(path) !== undefined;
  }

  bytes(path: string): Uint8Array | undefined {
    const name = this.name(path);
    if (name === undefined) return undefined;
    return this.parts.get(name) ?? unzipSync(this.data, { filter: (f) => f.name === name })[name];
  }

  /** Keeps a part decompressed (one that will be read again or written). */
  keep(path: string): void {
    const name = this.name(path);
    if (name !== undefined && this.parts.get(name) === undefined)
      this.parts.set(name, this.bytes(name));
  }

  text(path: string): string | undefined {
    const data = this.bytes(path);
    return data === undefined ? undefined : strFromU8(data).replace(/^\uFEFF/, "");
  }

  setText(path: string, text: string): void {
    this.setBytes(path, strToU8(text));
  }

  setBytes(path: string, data: Uint8Array): void {
    const name = this.name(path) ?? path.replace(/^\//, "");
    this.parts.set(name, data);
    this.byLower.set(name.toLowerCase(), name);
  }

  delete(path: string): void {
    const name = this.name(path);
    if (name === undefined) return;
    this.parts.delete(name);
    this.byLower.delete(name.toLowerCase());
  }

  /** The parts as they are now, to go back to when an edit is refused halfway. */
  snapshot(): () => void {
    const parts = new Map(this.parts);
    const byLower = new Map(this.byLower);
    return () => {
      this.parts.clear();
      this.byLower.clear();
      for (const [k, v] of parts) this.parts.set(k, v);
      for (const [k, v] of byLower) this.byLower.set(k, v);
    };
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  /** A part name not yet used, numbered like Excel's own (xl/comments3.xml). */
  freeName(prefix: string, suffix: string): string {
    for (let i = 1; ; i++) if (!this.has(`${prefix}${i}${suffix}`)) return `${prefix}${i}${suffix}`;
  }

  toBytes(): Uint8Array {
    const out: Zippable = {};
    const original = unzipSync(this.data, { filter: (f) => this.parts.get(f.name) === undefined });
    // [Content_Types].xml first, as Excel writes it (some readers expect it there)
    const names = this.names().sort((a, b) =>
      a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0
    );
    for (const name of names)
      out[name] = [(this.parts.get(name) ?? original[name]) as Uint8Array, { level: 6 }];
    return zipSync(out);
  }
}
