import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  dataPath,
  frameworkPath,
  GRADE_HISTORY_PATH,
  MANIFEST_PATH,
  stateEvaluationPath,
  summaryPath,
} from '@/api/data-url';
import { fixture } from '../../mocks/handlers';
import demoMa from '../../mocks/fixtures/compare-demo-2022-ma.json';
import demoNy from '../../mocks/fixtures/compare-demo-2022-ny.json';
import { server } from '../../mocks/node';
import {
  cellName,
  FAULT_RESOURCES,
  FAULTS,
  type Fault,
  type FaultResource,
} from '../../scripts/fault-cases';
import { renderApp } from './render-app';

/*
 * The fault matrix (docs/fault-matrix.md): for each file the app fetches and each way fetching it
 * can fail, on the view that uses it, the affected panel names what failed and offers a Retry that
 * works once the file is good again; what does not depend on the file keeps working; and nothing
 * from a bad body ever reaches the page (every bad body carries POISON, which must never appear).
 */

const POISON = 'POISON-c41n';
// Findings wait for whole-app renders in jsdom on a loaded machine; not a speed budget.
const WAIT = { timeout: 10_000 };
// The timeout cells shorten every request's timeout (query meta); others keep the default.
const SHORT_TIMEOUT_MS = 800;

type Json = Record<string, unknown>;

interface BadResponse {
  respond: () => Response | Promise<Response>;
  /** The stable part of the reason the panel must give. */
  reason: RegExp;
}

/** A resource: which files to break, how to poison and violate them, and its scenario. */
interface ResourceSpec {
  paths: string[];
  /** Puts POISON into the text fields a view would show, leaving the file otherwise valid. */
  poison: (body: Json) => void;
  /** Makes the file violate its schema (in a field that is not the version). */
  violate: (body: Json) => void;
  scenario: (cell: Cell) => Promise<void>;
}

/** The state of one cell's mock server: failing (at a stage of bad bodies) or healthy. */
interface Cell {
  bad: BadResponse[];
  stage: number;
  healthy: boolean;
  timeoutMs: number | undefined;
}

function badResponses(fault: Fault, spec: ResourceSpec, path: string): BadResponse[] {
  const text = (body: string, status: number, type: string) => () =>
    new HttpResponse(body, { status, headers: { 'Content-Type': type } });
  switch (fault) {
    case '404':
      return [
        {
          respond: text(`<h1>${POISON} Not Found</h1>`, 404, 'text/html'),
          reason: /not found \(404\)/,
        },
      ];
    case '500':
      return [
        {
          respond: text(`${POISON} Internal Server Error`, 500, 'text/plain'),
          reason: /answered 500/,
        },
      ];
    case 'timeout':
      return [
        {
          respond: async () => {
            await delay('infinite');
            return new HttpResponse(null);
          },
          reason: /did not answer within/,
        },
      ];
    case 'not JSON':
      // Truncated JSON first, then (after Retry) the HTML page a misconfigured host serves.
      return [
        {
          respond: text(`{"schemaVersion": 1, "${POISON}": [`, 200, 'application/json'),
          reason: /not valid JSON/,
        },
        {
          respond: text(
            `<!doctype html><html><head><title>${POISON}</title></head><body><p>${POISON}</p><script>window.__pwned = 1</script></body></html>`,
            200,
            'text/html',
          ),
          reason: /web page instead of JSON/,
        },
      ];
    case 'schema violation': {
      const body = fixture(path) as Json;
      spec.poison(body);
      spec.violate(body);
      return [
        {
          respond: () => HttpResponse.json(body as JsonBodyType),
          reason: /does not match the expected format/,
        },
      ];
    }
    case 'empty body':
      return [{ respond: text('', 200, 'application/json'), reason: /empty/ }];
    case 'unknown schemaVersion': {
      const body = fixture(path) as Json;
      spec.poison(body);
      body.schemaVersion = 99;
      return [
        {
          respond: () => HttpResponse.json(body as JsonBodyType),
          reason: /data format version 99/,
        },
      ];
    }
  }
}

/** Serves the cell's files: the current bad body while failing, the fixture once healthy. */
function serveCell(spec: ResourceSpec, fault: Fault): Cell {
  const cell: Cell = {
    bad: [],
    stage: 0,
    healthy: false,
    timeoutMs: fault === 'timeout' ? SHORT_TIMEOUT_MS : undefined,
  };
  const perPath = new Map(spec.paths.map((p) => [p, badResponses(fault, spec, p)]));
  cell.bad = perPath.get(spec.paths[0]!)!;
  server.use(
    ...spec.paths.map((path) =>
      http.get(dataPath(path), () => {
        if (cell.healthy) return HttpResponse.json(fixture(path));
        const bad = perPath.get(path)!;
        return bad[Math.min(cell.stage, bad.length - 1)]!.respond();
      }),
    ),
  );
  return cell;
}

function expectNoPoison() {
  expect(document.documentElement.outerHTML).not.toContain(POISON);
  expect(document.title).not.toContain(POISON);
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
}

/**
 * Walks the cell's bad bodies: each must give its reason in the panel found by `findAlert`
 * (which also names what failed) and show nothing of the body; Retry moves to the next bad body,
 * and finally, with the file healthy, Retry must bring the data (`findData`).
 */
async function failThenRecover(
  cell: Cell,
  findAlert: () => Promise<HTMLElement>,
  findData: () => Promise<unknown>,
) {
  const user = userEvent.setup();
  cell.stage = 0;
  cell.healthy = false;
  for (let stage = 0; stage < cell.bad.length; stage += 1) {
    const { reason } = cell.bad[stage]!;
    await waitFor(async () => expect(await findAlert()).toHaveTextContent(reason), WAIT);
    expectNoPoison();
    const retry = within(await findAlert()).getByRole('button', { name: 'Retry' });
    if (stage + 1 < cell.bad.length) cell.stage = stage + 1;
    else cell.healthy = true;
    await user.click(retry);
  }
  await findData();
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument(), WAIT);
  expectNoPoison();
}

function byName(name: string | RegExp) {
  return () => screen.findByRole('alert', { name }, WAIT);
}

const MANIFEST: ResourceSpec = {
  paths: [MANIFEST_PATH],
  poison: (body) => {
    for (const d of body.datasets as Json[]) d.label = `${POISON} dataset`;
  },
  violate: (body) => {
    ((body.datasets as Json[])[0]!.editions as Json[])[0]!.year = `${POISON}-year`;
  },
  // Everything depends on the manifest (which datasets and editions exist), so the whole content
  // area shows the fault; the shell around it (navigation, theme, skip link) must keep working.
  scenario: async (cell) => {
    renderApp('/', { timeoutMs: cell.timeoutMs });
    const findAlert = async () => {
      const alert = await screen.findByRole('alert', {}, WAIT);
      expect(alert).toHaveTextContent(/The data manifest could not be loaded/);
      return alert;
    };
    await findAlert();
    const nav = screen.getByRole('navigation', { name: 'Views' });
    for (const label of ['Overview', 'Heatmap', 'Scores', 'Compare', 'Goals', 'About']) {
      expect(within(nav).getByRole('link', { name: label })).toHaveAttribute('href');
    }
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'system');
    // About is this app's own text: readable without the manifest, the fault in its data section.
    await user.click(within(nav).getByRole('link', { name: 'About' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'About Statewise' }, WAIT),
    ).toBeInTheDocument();
    const dataSection = screen.getByRole('region', { name: 'What data exists' });
    expect(within(dataSection).getByRole('alert')).toHaveTextContent(
      /The data manifest could not be loaded/,
    );
    expect(screen.getByRole('region', { name: 'How statuses are set' })).toBeInTheDocument();
    expectNoPoison();
    await user.click(within(nav).getByRole('link', { name: 'Overview' }));
    await failThenRecover(cell, findAlert, () =>
      screen.findByRole('heading', { level: 1, name: /state by state/ }, WAIT),
    );
    expect(screen.getByRole('combobox', { name: 'Edition' })).toBeInTheDocument();
  },
};

const FRAMEWORK: ResourceSpec = {
  paths: [frameworkPath('shared-hope-2022')],
  poison: (body) => {
    body.name = `${POISON} framework`;
    for (const area of body.issueAreas as Json[]) {
      area.title = `${POISON} area`;
      for (const goal of area.goals as Json[]) goal.title = `${POISON} goal`;
    }
  },
  violate: (body) => {
    (body.issueAreas as Json[])[0]!.goals = `${POISON}-goals`;
  },
  // The heatmap's rows are the framework's goals: its grid shows the fault. The page header, the
  // navigation and the edition pickers (from the manifest) do not depend on it.
  scenario: async (cell) => {
    renderApp('/heatmap?year=2022', { timeoutMs: cell.timeoutMs });
    const findAlert = byName('Could not load the policy framework');
    expect(await findAlert()).toHaveTextContent(
      /The policy framework "shared-hope-2022" could not be loaded/,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Heatmap' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Edition' })).toHaveValue('2022');
    await failThenRecover(cell, findAlert, () =>
      screen.findByRole('grid', { name: 'Policy goals met, by state' }, WAIT),
    );
  },
};

const SUMMARY: ResourceSpec = {
  paths: [summaryPath('real', 2022)],
  poison: (body) => {
    for (const s of body.states as Json[]) s.asOf = `${POISON}-date`;
  },
  violate: (body) => {
    (body.states as Json[])[0]!.statuses = `${POISON}-statuses`;
  },
  // The overview's map, ranking and coverage come from the summary; its heading, the measure
  // picker (from the framework) and the shell do not.
  scenario: async (cell) => {
    renderApp('/?year=2022', { timeoutMs: cell.timeoutMs });
    const findAlert = byName('Could not load the edition summary for 2022');
    expect(await findAlert()).toHaveTextContent(/The edition summary for 2022 could not be loaded/);
    expect(screen.getByRole('heading', { level: 1, name: /state by state/ })).toBeInTheDocument();
    expect(
      await screen.findByRole('group', { name: 'Colour the map by' }, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Heatmap' })).toBeInTheDocument();
    await failThenRecover(cell, findAlert, () =>
      screen.findByRole('group', { name: /by state\. Map of the states/ }, WAIT),
    );
  },
};

const EVALUATION: ResourceSpec = {
  paths: [stateEvaluationPath('real', 2022, 'CT'), stateEvaluationPath('demo', 2022, 'CT')],
  poison: (body) => {
    for (const goal of body.goals as Json[]) {
      if (goal.status !== 'not-evaluated') goal.summary = `${POISON} summary`;
    }
    for (const source of body.sources as Json[]) source.title = `${POISON} source`;
  },
  violate: (body) => {
    (body.goals as Json[])[0]!.status = `${POISON}-status`;
  },
  // Two views read one state's evaluation. On its report, the report body shows the fault while
  // its heading, editions and published grades (from the manifest and summary) stay. In compare,
  // only that state's column fails; the other states' columns keep their analyses.
  scenario: async (cell) => {
    renderApp('/states/CT?year=2022', { timeoutMs: cell.timeoutMs });
    const findReportAlert = byName('Could not load the evaluation of Connecticut for 2022');
    await findReportAlert();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Connecticut: 2022 evaluation' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Editions of this report' })).toBeInTheDocument();
    expect(
      await screen.findByRole(
        'table',
        { name: 'Published grades of Connecticut by edition' },
        WAIT,
      ),
    ).toBeInTheDocument();
    await failThenRecover(cell, findReportAlert, () =>
      screen.findByRole('navigation', { name: 'Contents' }, WAIT),
    );

    cleanup();
    cell.healthy = false;
    cell.stage = 0;
    server.use(
      http.get(dataPath(stateEvaluationPath('demo', 2022, 'MA')), () => HttpResponse.json(demoMa)),
      http.get(dataPath(stateEvaluationPath('demo', 2022, 'NY')), () => HttpResponse.json(demoNy)),
    );
    renderApp('/compare?dataset=demo&year=2022&states=CT~MA~NY', { timeoutMs: cell.timeoutMs });
    const table = await screen.findByRole('table', { name: /Status of each policy goal/ }, WAIT);
    const findColumnAlert = () =>
      within(table).findByRole(
        'alert',
        { name: 'Could not load the evaluation of Connecticut' },
        WAIT,
      );
    await findColumnAlert();
    const row = within(table).getByRole('row', { name: /^1\.2 / });
    const cells = () => within(row).getAllByRole('cell');
    expect(
      await within(cells()[1]!).findByText(
        'Synthetic demo text for goal 1.2 in Massachusetts.',
        {},
        WAIT,
      ),
    ).toBeVisible();
    expect(
      await within(cells()[2]!).findByText(
        'Synthetic demo text for goal 1.2 in New York.',
        {},
        WAIT,
      ),
    ).toBeVisible();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    await failThenRecover(cell, findColumnAlert, () =>
      within(cells()[0]!).findByText('Synthetic demo text for goal 1.2.', {}, WAIT),
    );
  },
};

const HISTORY: ResourceSpec = {
  paths: [GRADE_HISTORY_PATH],
  poison: (body) => {
    for (const f of body.frameworks as Json[]) f.shortName = `${POISON} framework`;
    for (const e of body.entries as Json[]) {
      e.evidence = `${POISON} evidence`;
      for (const s of e.sources as Json[]) s.title = `${POISON} source`;
    }
  },
  violate: (body) => {
    (body.entries as Json[])[0]!.confidence = `${POISON}-confidence`;
  },
  // Grades over time draws everything from the history: its grid shows the fault, while the
  // page's heading, its words and the navigation do not depend on it.
  scenario: async (cell) => {
    renderApp('/grades', { timeoutMs: cell.timeoutMs });
    const findAlert = byName('Could not load the grade history');
    expect(await findAlert()).toHaveTextContent(/The grade history could not be loaded/);
    expect(screen.getByRole('heading', { level: 1, name: 'Grades over time' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Heatmap' })).toBeInTheDocument();
    await failThenRecover(cell, findAlert, () =>
      screen.findByRole('table', { name: /Published grades and scores by state and year/ }, WAIT),
    );
  },
};

const SPECS: Record<FaultResource, ResourceSpec> = {
  'data manifest': MANIFEST,
  'policy framework': FRAMEWORK,
  'edition summary': SUMMARY,
  'state evaluation': EVALUATION,
  'grade history': HISTORY,
};

// jsdom has no scrolling; the router scrolls to the top on a move between views.
beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

describe.each(FAULT_RESOURCES)('%s', (resource) => {
  it.each(FAULTS)(`${resource} × %s`, async (fault) => {
    expect(cellName(resource, fault)).toBe(expect.getState().currentTestName?.split(' > ').at(-1));
    const spec = SPECS[resource];
    const cell = serveCell(spec, fault);
    await spec.scenario(cell);
  });
});
