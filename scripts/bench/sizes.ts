import { gzipSync } from 'node:zlib';

/** One file's size: raw bytes and gzipped bytes (level 9). */
export interface Size {
  raw: number;
  gzip: number;
}

/** A resource seen in the browser, with the sizes of its file in dist/. */
export interface Resource extends Size {
  /** path as requested, e.g. /assets/app-abc.js */
  path: string;
  kind: 'js' | 'css' | 'json' | 'other';
  /** true when the chunk holds recharts code */
  recharts: boolean;
}

export const ZERO: Size = { raw: 0, gzip: 0 };

/** Raw and gzipped (level 9) size of a buffer or string. */
export function sizeOf(content: Uint8Array | string): Size {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buf.byteLength, gzip: gzipSync(buf, { level: 9 }).byteLength };
}

/** Sums sizes. */
export function sumSizes(sizes: readonly Size[]): Size {
  return sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), ZERO);
}

/** The kind of a resource from its path (query and hash ignored). */
export function kindOf(path: string): Resource['kind'] {
  const p = path.split(/[?#]/)[0] ?? '';
  if (p.endsWith('.js') || p.endsWith('.mjs')) return 'js';
  if (p.endsWith('.css')) return 'css';
  if (p.endsWith('.json')) return 'json';
  return 'other';
}

/** Sums of one kind of resource, counting each path once. */
export function sumKind(resources: readonly Resource[], kind: Resource['kind']): Size {
  const seen = new Map<string, Resource>();
  for (const r of resources) if (r.kind === kind) seen.set(r.path, r);
  return sumSizes([...seen.values()]);
}

/**
 * Whether a chunk holds recharts code: by its source map's sources (most reliable), else by its
 * file name, else by its content mentioning recharts.
 */
export function isRechartsChunk(
  path: string,
  content: string,
  sourceMapSources?: string[],
): boolean {
  if (sourceMapSources) return sourceMapSources.some((s) => s.includes('node_modules/recharts/'));
  if (/recharts/i.test(path)) return true;
  return content.includes('recharts');
}

/** Bytes as "12.3 KB" (1 KB = 1000 bytes, the unit used for the budgets). */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
