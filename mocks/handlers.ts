import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import {
  dataPath,
  factSetFilePath,
  frameworkPath,
  GRADE_HISTORY_PATH,
  MANIFEST_PATH,
  stateEvaluationPath,
  summaryPath,
} from '@/api/data-url';
import civilSolFacts from '../data/facts/civil-sol-trafficking.json';
import framework from '../data/frameworks/shared-hope-2022.json';
import demoEvaluationCt from './fixtures/demo-2022-ct.json';
import gradeHistory from './fixtures/grade-history.json';
import demoSummary2022 from './fixtures/demo-2022-summary.json';
import manifest from './fixtures/manifest.json';
import realEvaluationCt from './fixtures/real-2022-ct.json';
import realSummary2022 from './fixtures/real-2022-summary.json';
import scoresRealSummary2021 from './fixtures/scores-real-2021-summary.json';

/**
 * The data files the mock server holds, by path relative to the data root (as in data-url.ts).
 * Small but valid: a real and a demo dataset, the 2022 summaries, Connecticut's evaluations,
 * the grade history of eight states (real values, 2011–2023) and the committed fact set.
 * Every other data file answers 404, as the static server would.
 */
export const fixtureFiles: Readonly<Record<string, JsonBodyType>> = {
  [MANIFEST_PATH]: manifest,
  [frameworkPath('shared-hope-2022')]: framework,
  [summaryPath('real', 2022)]: realSummary2022,
  [summaryPath('demo', 2022)]: demoSummary2022,
  [stateEvaluationPath('real', 2022, 'CT')]: realEvaluationCt,
  [stateEvaluationPath('demo', 2022, 'CT')]: demoEvaluationCt,
  [summaryPath('real', 2021)]: scoresRealSummary2021,
  [GRADE_HISTORY_PATH]: gradeHistory,
  [factSetFilePath('civil-sol-trafficking')]: civilSolFacts,
};

/** The fixture served at a data path, for tests that want to alter it. */
export function fixture(relativePath: string): JsonBodyType {
  const file = fixtureFiles[relativePath];
  if (file === undefined) throw new Error(`No fixture at ${relativePath}`);
  return structuredClone(file);
}

export const handlers = [
  http.get(dataPath('*'), ({ request }) => {
    const root = dataPath('');
    const { pathname } = new URL(request.url);
    const relative = pathname.startsWith(root) ? pathname.slice(root.length) : pathname;
    const file = fixtureFiles[decodeURIComponent(relative)];
    return file === undefined
      ? new HttpResponse('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
      : HttpResponse.json(file);
  }),
];

/**
 * A data file whose server never answers (the request hangs until the app gives up on it), for
 * tests of slow answers. Add it with `server.use(neverAnswering(path))`.
 */
export function neverAnswering(relativePath: string) {
  return http.get(dataPath(relativePath), async () => {
    await delay('infinite');
    return new HttpResponse(null);
  });
}
