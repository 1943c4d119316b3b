/**
 * "Unduh SVG" and "Unduh PNG": the tree's picture (the engine's SVG string) handed to the browser
 * as a file, or drawn on a canvas first and saved as a PNG. Both by an anchor's download, which the
 * web page and most Office pane webviews allow.
 */

/** A file name for the tree of the workbook, or of one unit: "pohon-kinerja-biro-umum.svg". */
export function pohonFileName(unit: string | undefined, ext: "svg" | "png"): string {
  const slug = (unit ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `pohon-kinerja${slug ? `-${slug}` : ""}.${ext}`;
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, name: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // the browser has taken the file once the click is handled
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: "image/svg+xml;charset=utf-8" });
}

/** Canvas limits browsers share: a side of at most 16 384 px, an area of about 128 megapixels. */
const MAX_SIDE = 16384;
const MAX_AREA = 128e6;

/** Twice the picture's size for a sharp print, less where the canvas would be too large. */
function pngScale(width: number, height: number): number {
  return Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
}

/** The SVG drawn on a canvas as a PNG (white behind it, as the SVG's own background). */
export async function pngFromSvg(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("svg"));
      image.src = url;
    });
    const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
    const width = size ? Number(size[1]) : image.naturalWidth;
    const height = size ? Number(size[2]) : image.naturalHeight;
    const scale = pngScale(width, height);
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext("2d");
    if (!context) throw new Error("canvas");
    context.fillStyle = "#FFFFFF";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("png"))), "image/png")
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
