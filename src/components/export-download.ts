import { toCsv } from '@/domain/export/csv';
import { toJson } from '@/domain/export/json';
import { exportFileName, type ExportFormat } from '@/domain/export/name';
import { readmeText } from '@/domain/export/readme';
import type { ExportContext, ExportSpec, SvgDocument } from '@/domain/export/spec';

/**
 * Makes an export file and hands it to the browser as a download. Loaded on the first request
 * for a file (the export menu imports it dynamically), and fflate only for a ZIP, so none of this
 * weighs on a page that never exports.
 */
export type ChartExportFormat = Extract<ExportFormat, 'png' | 'svg' | 'csv' | 'json' | 'zip'>;

/** PNGs are drawn at twice the SVG's size, for print and high-density screens. */
export const PNG_SCALE = 2;

/** Saves a blob under a file name, through a temporary link (the browser's download). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns: give them time before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function saveText(text: string, fileName: string, type: string): void {
  saveBlob(new Blob([text], { type }), fileName);
}

const IMAGE_TIMEOUT_MS = 15_000;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    // A browser that never answers must not leave the menu waiting for ever.
    const timer = setTimeout(
      () => reject(new Error('the chart image took too long to draw.')),
      IMAGE_TIMEOUT_MS,
    );
    img.onload = () => {
      clearTimeout(timer);
      resolve(img);
    };
    img.onerror = () => {
      clearTimeout(timer);
      reject(new Error('the chart image could not be drawn.'));
    };
    img.src = url;
  });
}

/** Draws the SVG into a canvas at `scale` × its size, on white, and encodes it as PNG. */
export async function svgToPng(svg: SvgDocument, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw images (no canvas).');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

const CSV_TYPE = 'text/csv;charset=utf-8';
const JSON_TYPE = 'application/json;charset=utf-8';

/** The file of one format, with its name. */
export async function exportBlob(
  format: ChartExportFormat,
  spec: ExportSpec,
  ctx: ExportContext,
): Promise<{ blob: Blob; fileName: string }> {
  const fileName = exportFileName(spec.fileStem, format);
  switch (format) {
    case 'csv':
      return {
        blob: new Blob([toCsv(spec.table(), spec.meta)], { type: CSV_TYPE }),
        fileName,
      };
    case 'json':
      return {
        blob: new Blob([toJson(spec.table(), spec.meta, ctx)], { type: JSON_TYPE }),
        fileName,
      };
    case 'svg': {
      const svg = await spec.svg();
      return { blob: new Blob([svg.markup], { type: 'image/svg+xml;charset=utf-8' }), fileName };
    }
    case 'png':
      return { blob: await svgToPng(await spec.svg()), fileName };
    case 'zip': {
      const { strToU8, zipSync } = await import('fflate');
      const table = spec.table();
      const csvName = exportFileName(spec.fileStem, 'csv');
      const jsonName = exportFileName(spec.fileStem, 'json');
      const readme = readmeText(spec.meta, ctx, [
        {
          name: csvName,
          description: `the rows the chart shows: a header row of the column names, then one row per line, nothing else${spec.meta.synthetic ? ' (the last column marks every row as synthetic demo data)' : ''}. UTF-8 with a byte order mark, comma-separated (RFC 4180). What the rows are is in this file and the JSON's "meta".`,
        },
        {
          name: jsonName,
          description:
            'the same rows with typed values (numbers, and null for unknown), and a "meta" object saying what they are, with the citation.',
        },
        { name: 'README.txt', description: 'this file.' },
      ]);
      const mtime = new Date();
      const zipped = zipSync(
        {
          [csvName]: [strToU8(toCsv(table, spec.meta)), { mtime }],
          [jsonName]: [strToU8(toJson(table, spec.meta, ctx)), { mtime }],
          'README.txt': [strToU8(readme), { mtime }],
        },
        { level: 6 },
      );
      return {
        blob: new Blob([zipped as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
        fileName,
      };
    }
  }
}

export async function downloadExport(
  format: ChartExportFormat,
  spec: ExportSpec,
  ctx: ExportContext,
): Promise<string> {
  const { blob, fileName } = await exportBlob(format, spec, ctx);
  saveBlob(blob, fileName);
  return fileName;
}
