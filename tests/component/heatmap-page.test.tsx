import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, stateEvaluationPath, summaryPath } from '@/api/data-url';
import heatmapCt from '../../mocks/fixtures/heatmap-real-2022-ct.json';
import heatmapSummary from '../../mocks/fixtures/heatmap-real-2022-summary.json';
import { server } from '../../mocks/node';
import { currentUrl, renderApp } from './render-app';

// The 2022 report data of the fixtures, with Connecticut's goals 1.1 (does not meet), 1.2 (meets)
// and 2.9 (partly meets) evaluated from its report; MA and NY have none evaluated.
const SUMMARY_URL = dataPath(summaryPath('real', 2022));
const CT_URL = dataPath(stateEvaluationPath('real', 2022, 'CT'));

function serve(url: string, body: JsonBodyType) {
  server.use(http.get(url, () => HttpResponse.json(structuredClone(body))));
}

function serveHeatmapData(summary: JsonBodyType = heatmapSummary) {
  serve(SUMMARY_URL, summary);
  serve(CT_URL, heatmapCt);
}

async function findGrid() {
  return screen.findByRole('grid', { name: 'Policy goals met, by state' });
}

/** State names of the body rows, in order. */
function rowNames(grid: HTMLElement): string[] {
  return within(grid)
    .getAllByRole('rowheader')
    .map((h) => h.textContent?.split(/[\d—]/)[0]?.replace(/[A-Z]{2}$/, '') ?? '');
}

function focused(): string {
  return document.activeElement?.getAttribute('aria-label') ?? '';
}

describe('Heatmap view', () => {
  it('draws states × goals grouped by issue area, each cell named by state, goal and status', async () => {
    serveHeatmapData();
    renderApp('/heatmap');
    const grid = await findGrid();

    expect(screen.getByRole('heading', { level: 1, name: 'Heatmap' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Showing 3 of 3 states');
    expect(rowNames(grid)).toEqual(['Connecticut', 'Massachusetts', 'New York']);
    // Two header rows (issue areas, goals) and three states.
    expect(within(grid).getAllByRole('row')).toHaveLength(5);
    expect(
      within(grid).getByRole('columnheader', { name: /^1\. Criminal Provisions/ }),
    ).toHaveAttribute('aria-colspan', '7');
    expect(
      within(grid).getByRole('columnheader', {
        name: '2.9 Juvenile court jurisdiction aligns with international human rights standards.',
      }),
    ).toHaveTextContent('2.9');
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(120);
    expect(
      within(grid).getByRole('gridcell', {
        name: 'Connecticut, goal 2.9 Juvenile court jurisdiction aligns with international human rights standards: partly meets',
      }),
    ).toHaveTextContent('◐');
    expect(
      within(grid).getByRole('gridcell', { name: /^New York, goal 1\.1 .*: not evaluated$/ }),
    ).toHaveTextContent('?');
    // The score beside each state says how many goals it rests on; none is no score, not zero.
    expect(within(grid).getByRole('rowheader', { name: /^Connecticut/ })).toHaveAccessibleName(
      'Connecticut, coverage score 50.0 over 3 evaluated goals',
    );
    expect(within(grid).getByRole('rowheader', { name: /^New York/ })).toHaveAccessibleName(
      /no coverage score: no goal evaluated/,
    );

    const frame = screen.getByRole('figure', { name: 'Policy goals met, by state' });
    expect(
      within(frame).getByText(/^2022 edition · report data · all 6 issue areas/),
    ).toBeVisible();
    expect(within(frame).getByText(/^Connecticut meets 1 of the 40 goals shown/)).toBeVisible();
    expect(within(frame).getByText(/^Source: Shared Hope International/)).toHaveTextContent(
      'Laws as of 2022-08-01.',
    );
    expect(within(frame).getByRole('group', { name: 'Legend: Status' })).toHaveTextContent(
      /Not evaluated \(unknown: no evaluation in this dataset\)/,
    );
    expect(within(frame).queryByText('Synthetic demo data')).not.toBeInTheDocument();
  });

  it('filters by state, status and issue area through the URL, and a reload shows the same view', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    const { unmount } = renderApp('/heatmap');
    const grid = await findGrid();

    await user.click(screen.getByRole('button', { name: /^Evaluated only/ }));
    expect(currentUrl()).toBe('/heatmap?states=CT');
    expect(rowNames(grid)).toEqual(['Connecticut']);
    expect(screen.getByText('Showing 1 of 3 states')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Evaluated only/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(screen.getByRole('button', { name: /^All/ }));
    expect(currentUrl()).toBe('/heatmap');
    expect(rowNames(grid)).toHaveLength(3);

    // Statuses: hide "not evaluated": only states with an evaluated goal stay.
    await user.click(screen.getByRole('checkbox', { name: 'Not evaluated' }));
    expect(currentUrl()).toBe('/heatmap?status=meets~partial~does-not-meet');
    expect(rowNames(grid)).toEqual(['Connecticut']);
    expect(
      within(grid).getByRole('gridcell', {
        name: /^Connecticut, goal 1\.3 .*: not evaluated \(not a selected status\)$/,
      }),
    ).toHaveClass('hm-c--dim');

    await user.click(
      screen.getByRole('checkbox', { name: '2. Identification of & Response to Victims' }),
    );
    expect(currentUrl()).toBe('/heatmap?issues=1~3~4~5~6&status=meets~partial~does-not-meet');
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(29);
    expect(screen.getByText('Showing 1 of 3 states · 29 of 40 goals')).toBeInTheDocument();

    // A reload (the same URL opened afresh) shows the same view.
    const url = currentUrl();
    unmount();
    renderApp(url);
    const again = await findGrid();
    expect(rowNames(again)).toEqual(['Connecticut']);
    expect(within(again).getAllByRole('gridcell')).toHaveLength(29);
    expect(screen.getByRole('checkbox', { name: 'Not evaluated' })).not.toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: '2. Identification of & Response to Victims' }),
    ).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(currentUrl()).toBe('/heatmap');
    expect(rowNames(again)).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });

  it('never unticks the last issue area or status shown', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    renderApp('/heatmap?issues=5');
    const grid = await findGrid();
    const only = screen.getByRole('checkbox', { name: /^5\. Tools/ });
    expect(only).toBeChecked();
    await user.click(only);
    expect(only).toBeChecked();
    expect(currentUrl()).toBe('/heatmap?issues=5');
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(12);
  });

  it('chooses states from a searchable list', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    renderApp('/heatmap');
    const grid = await findGrid();
    await user.click(screen.getByText('Choose states'));
    await user.type(screen.getByRole('searchbox', { name: 'Find a state' }), 'new');
    const list = screen.getByRole('list', { name: 'States' });
    expect(
      within(list)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent),
    ).toEqual([' New York NY']);
    await user.click(within(list).getByRole('checkbox', { name: /New York/ }));
    expect(currentUrl()).toBe('/heatmap?states=NY');
    expect(rowNames(grid)).toEqual(['New York']);
  });

  it('sorts by score, name or an issue area’s score', async () => {
    const user = userEvent.setup();
    const summary = structuredClone(heatmapSummary);
    const ny = summary.states.find((s) => s.code === 'NY')!;
    Object.assign(ny, {
      statuses: 'm'.repeat(40),
      evaluated: 40,
      score: 100,
      issueScores: [100, 100, 100, 100, 100, 100],
      asOf: '2022-08-01',
    });
    serveHeatmapData(summary);
    renderApp('/heatmap');
    const grid = await findGrid();
    expect(rowNames(grid)).toEqual(['New York', 'Connecticut', 'Massachusetts']);

    const sort = screen.getByRole('combobox', { name: 'Sort states by' });
    await user.selectOptions(sort, 'name');
    expect(currentUrl()).toBe('/heatmap?sort=name');
    expect(rowNames(grid)).toEqual(['Connecticut', 'Massachusetts', 'New York']);

    await user.selectOptions(sort, 'issue:2');
    expect(currentUrl()).toBe('/heatmap?sort=issue:2');
    expect(rowNames(grid)).toEqual(['New York', 'Connecticut', 'Massachusetts']);
    expect(within(grid).getByRole('rowheader', { name: /^Connecticut/ })).toHaveAccessibleName(
      /issue area 2 score 50\.0 over 1 evaluated goal$/,
    );
  });

  it('moves between cells with the keyboard, with one tab stop', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    renderApp('/heatmap');
    const grid = await findGrid();

    // The grid is one tab stop, right after the chart's Chart/Table switch.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    act(() => screen.getByRole('button', { name: 'Table' }).focus());
    await user.tab();
    expect(focused()).toMatch(
      /^Connecticut, goal 1\.1 The child sex trafficking law .*: does not meet$/,
    );

    await user.keyboard('{ArrowRight}');
    expect(focused()).toMatch(/^Connecticut, goal 1\.2 .*: meets$/);
    await user.keyboard('{ArrowDown}');
    expect(focused()).toMatch(/^Massachusetts, goal 1\.2 .*: not evaluated$/);
    await user.keyboard('{End}');
    expect(focused()).toMatch(/^Massachusetts, goal 6\.6 /);
    await user.keyboard('{ArrowRight}');
    expect(focused()).toMatch(/^Massachusetts, goal 6\.6 /);
    await user.keyboard('{Home}');
    expect(focused()).toMatch(/^Massachusetts, goal 1\.1 /);
    await user.keyboard('{Control>}{End}{/Control}');
    expect(focused()).toMatch(/^New York, goal 6\.6 /);
    await user.keyboard('{PageUp}');
    expect(focused()).toMatch(/^Connecticut, goal 6\.6 /);
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(focused()).toMatch(/^Connecticut, goal 1\.1 /);
    await user.keyboard('{PageDown}');
    expect(focused()).toMatch(/^New York, goal 1\.1 /);

    // Still one tab stop: the cell last visited.
    const stops = grid.querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect(stops[0]).toBe(document.activeElement);
  });

  it('opens the analysis of a cell with Enter, and Escape returns focus to the cell', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    renderApp('/heatmap');
    await findGrid();
    act(() => screen.getByRole('button', { name: 'Table' }).focus());
    await user.tab();
    await user.keyboard('{ArrowRight>15/}');
    expect(focused()).toMatch(/^Connecticut, goal 2\.9 .*: partly meets$/);
    const cell = document.activeElement;

    await user.keyboard('{Enter}');
    const panel = await screen.findByRole('dialog', { name: 'Connecticut · goal 2.9' });
    expect(panel).not.toHaveAttribute('aria-modal', 'true');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(panel).toHaveTextContent(
      'Juvenile court jurisdiction aligns with international human rights standards.',
    );
    expect(panel).toHaveTextContent('Partly meets');
    expect(panel).toHaveTextContent('laws as of 2022-08-01');

    // Fetched only now: the analysis, statutes, recommendation and typed facts.
    expect(
      await within(panel).findByText(
        /^Connecticut law does not provide age-appropriate juvenile court responses/,
      ),
    ).toBeVisible();
    const statutes = within(panel).getByRole('heading', {
      name: 'Statutes cited',
    }).nextElementSibling!;
    expect(
      within(statutes as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Conn. Gen. Stat. § 46b-120 — Definitions',
      expect.stringMatching(
        /^Conn\. Gen\. Stat\. § 46b-127 \(a\)\(1\), \(b\), \(a\)\(3\), \(b\) — Transfer of child/,
      ),
    ]);
    expect(within(panel).getByRole('heading', { name: 'Recommendation' })).toBeInTheDocument();
    expect(panel).toHaveTextContent(
      /2\.9\.1 Statutorily require age-appropriate juvenile court responses/,
    );
    const facts = within(panel).getByRole('table');
    expect(
      within(facts).getByRole('row', { name: /^Minimum age of juvenile court jurisdiction/ }),
    ).toHaveTextContent(/10\s*10/);
    expect(within(facts).getByRole('row', { name: /^Automatic transfer/ })).toHaveTextContent(
      /YesNo/,
    );
    expect(within(facts).getByRole('columnheader', { name: /Reference data/ })).toBeInTheDocument();

    expect(within(panel).getByRole('link', { name: 'Goal 2.9 in every state' })).toHaveAttribute(
      'href',
      '/goals/2.9',
    );
    expect(
      within(panel).getByRole('link', { name: 'Connecticut’s report, at goal 2.9' }),
    ).toHaveAttribute('href', '/states/CT#goal-2.9');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(cell);
  });

  it('opens a cell by click, and closes with the Close button back to the cell', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    renderApp('/heatmap');
    const grid = await findGrid();
    const cell = within(grid).getByRole('gridcell', { name: /^Connecticut, goal 1\.1 / });
    await user.click(cell);
    const panel = await screen.findByRole('dialog', { name: 'Connecticut · goal 1.1' });
    expect(
      await within(panel).findByText(/^Amend Conn\. Gen\. Stat\. § 53a-192a/, { exact: false }),
    ).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(cell).toHaveFocus();
  });

  it('says plainly when a cell is not evaluated, shows reference facts, and fetches nothing', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    const requested: string[] = [];
    const onRequest = ({ request }: { request: Request }) =>
      requested.push(new URL(request.url).pathname);
    server.events.on('request:start', onRequest);
    renderApp('/heatmap');
    const grid = await findGrid();
    requested.length = 0;

    await user.click(within(grid).getByRole('gridcell', { name: /^New York, goal 2\.9 / }));
    const panel = await screen.findByRole('dialog', { name: 'New York · goal 2.9' });
    expect(panel).toHaveTextContent(
      'There is no evaluation of goal 2.9 for New York in this dataset (report data, 2022 edition). Its status is unknown, which is not the same as not meeting the goal.',
    );
    const facts = within(panel).getByRole('table');
    expect(
      within(facts).getByRole('columnheader', { name: 'Reference data (confidence: high)' }),
    ).toBeInTheDocument();
    expect(within(facts).getByRole('row', { name: /^Minimum age/ })).toHaveTextContent('12');
    expect(
      within(facts).getByRole('row', { name: /^Court must consider trauma/ }),
    ).toHaveTextContent('Unknown');

    await user.click(within(grid).getByRole('gridcell', { name: /^Massachusetts, goal 1\.1 / }));
    const other = await screen.findByRole('dialog', { name: 'Massachusetts · goal 1.1' });
    expect(within(other).queryByRole('table')).not.toBeInTheDocument();
    server.events.removeListener('request:start', onRequest);
    expect(requested).toEqual([]);
  });

  it('shows the grid as a table of counts and scores', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    renderApp('/heatmap');
    await findGrid();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: /^Connecticut/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1', '1', '37', '50.0', '3 of 40']);
    expect(
      within(within(table).getByRole('row', { name: /^New York/ })).getAllByRole('cell')[4],
    ).toHaveTextContent('No score');
  });

  it('marks the demo dataset as synthetic in the chart and in the panel', async () => {
    const user = userEvent.setup();
    renderApp('/heatmap?dataset=demo&year=2022');
    const grid = await findGrid();
    const frame = screen.getByRole('figure', { name: 'Policy goals met, by state' });
    expect(within(frame).getByText('Synthetic demo data')).toBeVisible();
    expect(within(frame).getByText(/^Source: synthetic demo data/)).toBeVisible();
    await user.click(within(grid).getByRole('gridcell', { name: /^Connecticut, goal 1\.1 / }));
    const panel = await screen.findByRole('dialog', { name: 'Connecticut · goal 1.1' });
    expect(within(panel).getByText('Synthetic demo data')).toBeVisible();
  });

  it('shows a skeleton while loading, then a clear error with Retry in the view only', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(SUMMARY_URL, async () => {
        await delay(50);
        return new HttpResponse('boom', { status: 500 });
      }),
    );
    renderApp('/heatmap');
    expect(
      await screen.findByRole('status', {
        name: /^Loading (the policy framework|the edition summary for 2022)$/,
      }),
    ).toHaveAttribute('aria-busy', 'true');
    const alert = await screen.findByRole('alert', {
      name: 'Could not load the edition summary for 2022',
    });
    expect(alert).toHaveTextContent(
      'The edition summary for 2022 could not be loaded: the server answered 500.',
    );
    // The rest of the page keeps working.
    expect(screen.getByRole('heading', { level: 1, name: 'Heatmap' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Overview' })).toBeInTheDocument();

    serveHeatmapData();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await findGrid()).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a failed analysis in the panel only, with Retry', async () => {
    const user = userEvent.setup();
    serve(SUMMARY_URL, heatmapSummary);
    server.use(http.get(CT_URL, () => new HttpResponse('nope', { status: 503 })));
    renderApp('/heatmap');
    const grid = await findGrid();
    await user.click(within(grid).getByRole('gridcell', { name: /^Connecticut, goal 2\.9 / }));
    const panel = await screen.findByRole('dialog', { name: 'Connecticut · goal 2.9' });
    const alert = await within(panel).findByRole('alert', {
      name: 'Could not load the evaluation of Connecticut for 2022',
    });
    expect(within(alert).getByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Partly meets');
    expect(grid).toBeInTheDocument();

    serve(CT_URL, heatmapCt);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await within(panel).findByRole('heading', { name: 'Statutes cited' }),
    ).toBeInTheDocument();
  });

  it('says when no state matches, with a way to clear the filters', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    renderApp('/heatmap?states=NY&status=meets');
    expect(await screen.findByText('No state matches these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.getByText('Showing 0 of 3 states')).toBeInTheDocument();
    const frame = screen.getByRole('figure', { name: 'Policy goals met, by state' });
    await user.click(within(frame).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(currentUrl()).toBe('/heatmap'));
    expect(await findGrid()).toBeInTheDocument();
  });
});

describe('Heatmap view: links to a cell, chosen goals, sort by a goal, skip link', () => {
  /** The fixture with 2.9 met in New York and not met in Massachusetts (CT partly meets it). */
  function summaryWithGoal29() {
    const summary = structuredClone(heatmapSummary);
    const at = summary.goals.indexOf('2.9');
    const set = (code: string, status: string) => {
      const s = summary.states.find((x) => x.code === code)!;
      s.statuses = `${s.statuses.slice(0, at)}${status}${s.statuses.slice(at + 1)}`;
      s.evaluated += 1;
    };
    set('NY', 'm');
    set('MA', 'd');
    return summary;
  }

  it('opens the cell a link names; closing it takes it out of the URL, replacing the entry', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    renderApp('/heatmap?cell=CT:2.9');
    const panel = await screen.findByRole('dialog', { name: 'Connecticut · goal 2.9' });
    expect(panel).toHaveTextContent('Partly meets');
    expect(
      await within(panel).findByText(
        /^Connecticut law does not provide age-appropriate juvenile court responses/,
      ),
    ).toBeVisible();
    const grid = await findGrid();
    const cell = within(grid).getByRole('gridcell', { name: /^Connecticut, goal 2\.9 / });
    await waitFor(() => expect(cell).toHaveAttribute('data-open'));
    // The open cell is the grid's tab stop, so closing returns focus to it.
    await waitFor(() => expect(cell).toHaveAttribute('tabindex', '0'));

    const entries = window.history.length;
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(currentUrl()).toBe('/heatmap');
    expect(cell).toHaveFocus();
    expect(cell).not.toHaveAttribute('data-open');

    // Opening another cell and closing it with Escape: the URL follows, no history entry added.
    await user.click(within(grid).getByRole('gridcell', { name: /^Massachusetts, goal 1\.1 / }));
    expect(await screen.findByRole('dialog', { name: 'Massachusetts · goal 1.1' })).toBeVisible();
    expect(currentUrl()).toBe('/heatmap?cell=MA:1.1');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(currentUrl()).toBe('/heatmap');
    expect(window.history.length).toBe(entries);
  });

  it('opens and closes a cell of a lower row without redrawing the grid under the focus', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    renderApp('/heatmap?sort=name');
    const grid = await findGrid();
    act(() => screen.getByRole('button', { name: 'Table' }).focus());
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    expect(focused()).toMatch(/^New York, goal 1\.2 /);
    const cell = document.activeElement;
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'New York · goal 1.2' })).toBeVisible();
    expect(within(grid).getByRole('gridcell', { name: /^New York, goal 1\.2 / })).toBe(cell);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(cell);
  });

  it('keeps the open cell across a reload, and drops an unknown state or goal', async () => {
    serveHeatmapData();
    const { unmount } = renderApp('/heatmap?states=NY&cell=ny:2.9');
    expect(await screen.findByRole('dialog', { name: 'New York · goal 2.9' })).toBeVisible();
    await waitFor(() => expect(currentUrl()).toBe('/heatmap?states=NY&cell=NY:2.9'));
    unmount();
    renderApp(currentUrl());
    expect(await screen.findByRole('dialog', { name: 'New York · goal 2.9' })).toBeVisible();
    unmount();

    for (const bad of ['ZZ:2.9', 'CT:9.9', 'CT']) {
      const view = renderApp(`/heatmap?states=CT&cell=${bad}`);
      await findGrid();
      await waitFor(() => expect(currentUrl()).toBe('/heatmap?states=CT'));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      view.unmount();
    }
  });

  it('shows exactly the goals a link names, says how many, and lets them be changed', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    renderApp('/heatmap?goals=2.5~2.9~4.6');
    const grid = await findGrid();
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
        .filter((t) => /^\d+\.\d+$/.test(t ?? '')),
    ).toEqual(['2.5', '2.9', '4.6']);
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(9);
    expect(
      within(grid).getByRole('columnheader', {
        name: '4. Access to Justice for Trafficking Survivors',
      }),
    ).toHaveAttribute('aria-colspan', '1');
    expect(screen.getByText('Showing 3 of 3 states · 3 of 40 goals')).toBeInTheDocument();
    const frame = screen.getByRole('figure', { name: 'Policy goals met, by state' });
    expect(within(frame).getByText(/· goals 2\.5, 2\.9 and 4\.6 ·/)).toBeVisible();

    await user.click(screen.getByText('Choose goals'));
    expect(screen.getByText('(3 of 40 chosen)')).toBeInTheDocument();
    const picker = screen.getByRole('group', { name: /^4\. Access to Justice/ });
    const g46 = within(picker).getByRole('checkbox', { name: /^4\.6 / });
    expect(g46).toBeChecked();
    await user.click(g46);
    expect(currentUrl()).toBe('/heatmap?goals=2.5~2.9');
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(6);
    expect(screen.getByText('Showing 3 of 3 states · 2 of 40 goals')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(currentUrl()).toBe('/heatmap');
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(120);
  });

  it('says when the goals and issue areas chosen leave no goal', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    renderApp('/heatmap?issues=1&goals=2.9');
    expect(await screen.findByText('No goal matches these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    const frame = screen.getByRole('figure', { name: 'Policy goals met, by state' });
    await user.click(within(frame).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(currentUrl()).toBe('/heatmap'));
    expect(await findGrid()).toBeInTheDocument();
  });

  it('sorts by one goal’s status from the sort control, meets first, and says so', async () => {
    const user = userEvent.setup();
    serveHeatmapData(summaryWithGoal29());
    renderApp('/heatmap?sort=name');
    const grid = await findGrid();
    expect(rowNames(grid)).toEqual(['Connecticut', 'Massachusetts', 'New York']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort states by' }), 'goal:2.9');
    expect(currentUrl()).toBe('/heatmap?sort=goal:2.9');
    expect(rowNames(grid)).toEqual(['New York', 'Connecticut', 'Massachusetts']);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
      'Sorted by goal 2.9 status: meets first, not evaluated last',
    );
    expect(
      within(grid).getByRole('columnheader', { name: /^2\.9 Juvenile court/ }),
    ).toHaveAttribute('aria-sort', 'descending');
    expect(within(grid).getByRole('columnheader', { name: /^1\.1 / })).not.toHaveAttribute(
      'aria-sort',
    );
  });

  it('sorts by a goal’s status from its column header, by click and by keyboard', async () => {
    const user = userEvent.setup();
    serveHeatmapData(summaryWithGoal29());
    renderApp('/heatmap?sort=name');
    const grid = await findGrid();

    // By click on 1.1: only Connecticut has a status there (does not meet); the rest by name.
    await user.click(within(grid).getByRole('columnheader', { name: /^1\.1 / }));
    expect(currentUrl()).toBe('/heatmap?sort=goal:1.1');
    expect(rowNames(grid)).toEqual(['Connecticut', 'Massachusetts', 'New York']);
    expect(screen.getByRole('combobox', { name: 'Sort states by' })).toHaveValue('goal:1.1');

    // The clicked header is the grid's one tab stop now. By keyboard: down to the first row, along
    // it to 2.9, up to its header, Enter.
    act(() => screen.getByRole('button', { name: 'Table' }).focus());
    await user.tab();
    expect(within(grid).getByRole('columnheader', { name: /^1\.1 / })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(focused()).toMatch(/^Connecticut, goal 1\.1 /);
    await user.keyboard('{ArrowRight>15/}');
    expect(focused()).toMatch(/^Connecticut, goal 2\.9 /);
    await user.keyboard('{ArrowUp}');
    const header = within(grid).getByRole('columnheader', { name: /^2\.9 Juvenile court/ });
    expect(header).toHaveFocus();
    expect(header).toHaveAccessibleDescription(/sorts the states by their status on this goal/);
    await user.keyboard('{Enter}');
    expect(currentUrl()).toBe('/heatmap?sort=goal:2.9');
    expect(rowNames(grid)).toEqual(['New York', 'Connecticut', 'Massachusetts']);
    expect(header).toHaveFocus();
    expect(header).toHaveAttribute('aria-sort', 'descending');
    // Still one tab stop, and back down to the first row.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await user.keyboard('{ArrowDown}');
    expect(focused()).toMatch(/^New York, goal 2\.9 .*: meets$/);
  });

  it('has a skip link before the filters that moves focus into the grid', async () => {
    const user = userEvent.setup();
    serveHeatmapData();
    renderApp('/heatmap');
    await findGrid();
    const skip = screen.getByRole('link', { name: 'Skip the filters, to the grid' });
    expect(
      skip.compareDocumentPosition(screen.getByRole('combobox', { name: 'Sort states by' })) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await user.click(skip);
    expect(focused()).toMatch(/^Connecticut, goal 1\.1 .*: does not meet$/);
    expect(currentUrl()).toBe('/heatmap');
  });
});
