import { isAbsolute, relative, sep } from 'node:path';

/**
 * The demo dataset must never land in the real one. Given absolute, symlink-resolved paths, returns
 * why `evaluationsDir` (where the files would go) is not allowed, or null when it is fine.
 */
export function outputDirProblem(
  evaluationsDir: string,
  forbidden: readonly string[],
): string | null {
  const inside = (child: string, parent: string) => {
    const rel = relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  for (const dir of forbidden) {
    if (inside(evaluationsDir, dir)) {
      return `refusing to write demo data into the real dataset (${dir})`;
    }
  }
  // Also any copy of the real layout: a "data/evaluations" folder anywhere.
  const parts = evaluationsDir.split(sep);
  if (parts.some((p, i) => p === 'data' && parts[i + 1] === 'evaluations')) {
    return `refusing to write demo data into a data/evaluations folder (${evaluationsDir})`;
  }
  return null;
}
