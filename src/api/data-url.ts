import { evaluationPath, factSetPath, type DatasetId } from '@/domain/contract/summary-schema';

/**
 * Where the app finds its data files: `${BASE_URL}data/...`, the folder `npm run data` writes to
 * public/data. Every data URL is built here, and mocks/handlers.ts uses the same paths.
 */
function dataRoot(): string {
  const base = import.meta.env.BASE_URL || '/';
  return `${base.endsWith('/') ? base : `${base}/`}data/`;
}

/** The path of a data file as the page refers to it, e.g. "/data/manifest.json". */
export function dataPath(relativePath: string): string {
  return `${dataRoot()}${relativePath.replace(/^\/+/, '')}`;
}

/**
 * The absolute URL of a data file. Resolved against the page's location so that `fetch` gets an
 * absolute URL everywhere (Node's fetch, used under jsdom in tests, rejects relative URLs).
 */
export function dataUrl(relativePath: string): string {
  const path = dataPath(relativePath);
  return typeof location === 'undefined' ? path : new URL(path, location.href).href;
}

const segment = (value: string | number) => encodeURIComponent(String(value));

export const MANIFEST_PATH = 'manifest.json';

/** Where `npm run data` writes the grade history (the manifest names it: read it from there). */
export const GRADE_HISTORY_PATH = 'grades/history.json';

export function frameworkPath(id: string): string {
  return `frameworks/${segment(id)}.json`;
}

export function summaryPath(dataset: DatasetId, year: number): string {
  return `${segment(dataset)}/${segment(year)}/summary.json`;
}

export function stateEvaluationPath(dataset: DatasetId, year: number, state: string): string {
  return evaluationPath(dataset, year, segment(state));
}

export function factSetFilePath(id: string): string {
  return factSetPath(segment(id));
}
