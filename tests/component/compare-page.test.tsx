import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataPath, stateEvaluationPath, summaryPath } from '@/api/data-url';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { fixture } from '../../mocks/handlers';
import demoMa from '../../mocks/fixtures/compare-demo-2022-ma.json';
import demoNy from '../../mocks/fixtures/compare-demo-2022-ny.json';
import realMa from '../../mocks/fixtures/state-real-2022-ma.json';
import { server } from '../../mocks/node';
import { currentUrl, renderApp } from './render-app';

async function goalTable() {
  return screen.findByRole('table', { name: /Status of each policy goal/ });
}

describe('Compare view', () => {
  // Massachusetts' and New York's demo evaluations, served only here (other tests expect a 404).
  beforeEach(() => {
    server.use(
      http.get(dataPath(stateEvaluationPath('demo', 2022, 'MA')), () => HttpResponse.json(demoMa)),
      http.get(dataPath(stateEvaluationPath('demo', 2022, 'NY')), () => HttpResponse.json(demoNy)),
    );
  });

  it('offers the picker and suggestions when no state is chosen', async () => {
    // Rhode Island with reference facts only, as in the report data.
    const summary = fixture(summaryPath('real', 2022)) as EditionSummary;
    const ny = summary.states.find((s) => s.code === 'NY')!;
    summary.states.push({ ...ny, code: 'RI' });
    server.use(http.get(dataPath(summaryPath('real', 2022)), () => HttpResponse.json(summary)));
    renderApp('/compare');
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare states' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Add a state' })).toBeInTheDocument();
    expect(screen.getByText('Pick at least 2 states to compare (0 chosen).')).toBeInTheDocument();
    const neighbours = await screen.findByRole('link', {
      name: 'Connecticut, Massachusetts, New York and Rhode Island',
    });
    expect(neighbours).toHaveAttribute('href', '/compare?states=CT~MA~NY~RI');
    // What each starter holds is said beside it.
    expect(neighbours.parentElement).toHaveTextContent(
      'Connecticut evaluated (2 of 40 goals); Massachusetts, New York and Rhode Island: no goal evaluated (reference facts and published grades only).',
    );
    // The largest states have no evaluated goal in the report data: not offered.
    expect(
      screen.queryByRole('link', { name: 'California, Texas, Florida and New York' }),
    ).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Connecticut/ })).toHaveLength(2);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('compares Connecticut with Massachusetts and New York goal by goal (report data)', async () => {
    renderApp('/compare?year=2022&states=CT~MA~NY');
    const table = await goalTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Policy goal', 'Connecticut', 'Massachusetts', 'New York']);
    const row = within(table).getByRole('row', { name: /^1\.1 The child sex trafficking law/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Does not meet');
    // Connecticut's full evaluation: summary, statutes cited, recommendation.
    expect(
      await within(cells[0]!).findByText(
        'The trafficking law does not apply to buyers of commercial sex with minors.',
      ),
    ).toBeInTheDocument();
    expect(cells[0]).toHaveTextContent('Conn. Gen. Stat. § 53a-192a(a)(2), (a)(3)');
    expect(cells[1]).toHaveTextContent('Not evaluated');
    expect(cells[2]).toHaveTextContent('Not evaluated');
    expect(within(table).getAllByText('No goal evaluated in this edition')).toHaveLength(2);
    // The issue-area profile: a chart with a table alternative, gaps explained.
    expect(screen.getByRole('heading', { level: 2, name: 'Issue-area profile' })).toBeVisible();
    expect(
      screen.getByText(/Massachusetts: all issue areas; New York: all issue areas/),
    ).toBeVisible();
  });

  it('shows each state’s analysis in the synthetic demo data, with its mark', async () => {
    renderApp('/compare?dataset=demo&year=2022&states=CT~MA~NY');
    const table = await goalTable();
    const row = within(table).getByRole('row', { name: /^1\.2 / });
    expect(await within(row).findByText('Synthetic demo text for goal 1.2.')).toBeVisible();
    expect(
      await within(row).findByText('Synthetic demo text for goal 1.2 in Massachusetts.'),
    ).toBeVisible();
    expect(
      within(row).getByText('Synthetic recommendation for New York on goal 1.2.'),
    ).toBeVisible();
    expect(
      screen.getAllByText('Synthetic demo data', { selector: 'strong' }).length,
    ).toBeGreaterThan(2);
  });

  it('hides the goals where all states agree with "Differences only", in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/compare?dataset=demo&year=2022&states=CT~MA');
    let table = await goalTable();
    expect(within(table).getByRole('rowheader', { name: /^1\.1 / })).toBeInTheDocument();
    expect(screen.getByText('All 40 goals; the states differ on 36.')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Differences only' }));
    expect(currentUrl()).toBe('/compare?dataset=demo&year=2022&states=CT~MA&diff=1');
    table = await goalTable();
    expect(within(table).queryByRole('rowheader', { name: /^1\.1 / })).not.toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: /^1\.2 / })).toBeInTheDocument();
    // Rows are drawn a few at a time after each paint (slow under jsdom on a loaded machine).
    await waitFor(
      () =>
        expect(within(table).getAllByRole('rowheader', { name: /^\d+\.\d+ / })).toHaveLength(36),
      { timeout: 15_000 },
    );
    expect(screen.getByText('Showing the 36 of 40 goals where the states differ.')).toBeVisible();
  });

  it('collapses and expands an issue area', async () => {
    const user = userEvent.setup();
    renderApp('/compare?dataset=demo&year=2022&states=CT~MA');
    const table = await goalTable();
    const toggle = within(table).getByRole('button', { name: /^1\. Criminal Provisions/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(table).queryByRole('rowheader', { name: /^1\.2 / })).not.toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: /^2\.1 / })).toBeInTheDocument();
    await user.click(toggle);
    expect(within(table).getByRole('rowheader', { name: /^1\.2 / })).toBeInTheDocument();
  });

  it('adds a state with the keyboard and removes one with its chip, keeping the order in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/compare?dataset=demo&year=2022&states=CT~MA~NY');
    await goalTable();
    const combo = screen.getByRole('combobox', { name: 'Add a state' });
    await user.click(combo);
    await user.type(combo, 'rhode');
    expect(combo).toHaveAttribute('aria-expanded', 'true');
    const option = screen.getByRole('option', { name: /Rhode Island/ });
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(combo).toHaveAttribute('aria-activedescendant', option.id);
    await user.keyboard('{Enter}');
    expect(currentUrl()).toBe('/compare?dataset=demo&year=2022&states=CT~MA~NY~RI');
    expect(combo).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Remove Massachusetts' }));
    expect(currentUrl()).toBe('/compare?dataset=demo&year=2022&states=CT~NY~RI');
    expect(combo).toHaveFocus();
    const chips = screen.getByRole('list', { name: 'States compared' });
    expect(
      within(chips)
        .getAllByRole('button', { name: /^Remove/ })
        .map((b) => b.textContent),
    ).toHaveLength(3);

    // Arrow keys move through the options; Escape closes the list.
    await user.type(combo, 'new');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /New Jersey/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Escape}');
    expect(combo).toHaveAttribute('aria-expanded', 'false');
  });

  it('says why a seventh state cannot be added', async () => {
    const user = userEvent.setup();
    renderApp('/compare?dataset=demo&year=2022&states=CT~MA~NY~RI~VT~NH');
    const combo = await screen.findByRole('combobox', { name: 'Add a state' });
    expect(screen.getByText('6 states chosen: the most a comparison holds.')).toBeInTheDocument();
    await user.type(combo, 'texas{Enter}');
    expect(
      screen.getByText('You can compare up to 6 states: remove one to add Texas.'),
    ).toBeInTheDocument();
    expect(currentUrl()).toBe('/compare?dataset=demo&year=2022&states=CT~MA~NY~RI~VT~NH');
  });

  it('asks for a second state, with suggestions that keep the first', async () => {
    renderApp('/compare?dataset=demo&year=2022&states=CT');
    expect(await screen.findByText('Pick at least 2 states to compare (1 chosen).')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Compare Connecticut with' })).toBeVisible();
    expect(
      await screen.findByRole('link', { name: 'Connecticut and Massachusetts' }),
    ).toHaveAttribute('href', '/compare?dataset=demo&year=2022&states=CT~MA');
  });

  it('shows a failed evaluation only in that state’s column, with Retry', async () => {
    server.use(
      http.get(
        dataPath(stateEvaluationPath('demo', 2022, 'NY')),
        () => new HttpResponse(null, { status: 500 }),
      ),
    );
    renderApp('/compare?dataset=demo&year=2022&states=CT~MA~NY');
    const table = await goalTable();
    const alert = await within(table).findByRole('alert', {
      name: 'Could not load the evaluation of New York',
    });
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /^1\.2 / });
    const cells = within(row).getAllByRole('cell');
    expect(await within(cells[0]!).findByText('Synthetic demo text for goal 1.2.')).toBeVisible();
    expect(
      await within(cells[1]!).findByText('Synthetic demo text for goal 1.2 in Massachusetts.'),
    ).toBeVisible();
    // New York's status still comes from the summary; only its analysis is missing.
    expect(cells[2]).toHaveTextContent('Does not meet');
    expect(cells[2]).toHaveTextContent('The analysis could not be loaded');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('has a table alternative for the profile chart', async () => {
    const user = userEvent.setup();
    renderApp('/compare?dataset=demo&year=2022&states=CT~MA');
    await goalTable();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /Coverage score by issue area/ });
    const row = within(table).getByRole('row', { name: /^1\. Criminal Provisions/ });
    expect(row).toHaveTextContent('64.3 (7 of 7 evaluated)');
    expect(row).toHaveTextContent('78.6 (7 of 7 evaluated)');
  });

  it('chooses issue areas and goals with the heatmap’s controls, through the URL', async () => {
    const user = userEvent.setup();
    renderApp('/compare?dataset=demo&year=2022&states=CT~MA');
    await goalTable();
    const areas = screen.getByRole('group', { name: 'Issue areas' });
    await user.click(
      within(areas).getByRole('checkbox', { name: '2. Identification of & Response to Victims' }),
    );
    expect(currentUrl()).toBe('/compare?dataset=demo&year=2022&states=CT~MA&issues=1~3~4~5~6');
    let table = await goalTable();
    expect(screen.getByText(/^Showing 29 of 40 goals, the goals chosen; /)).toBeVisible();
    expect(within(table).queryByRole('rowheader', { name: /^2\.1 / })).not.toBeInTheDocument();
    // The profile shows the areas chosen.
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const profile = screen.getByRole('table', { name: /Coverage score by issue area/ });
    expect(within(profile).queryByRole('row', { name: /^2\. / })).not.toBeInTheDocument();
    expect(within(profile).getByRole('row', { name: /^3\. / })).toBeInTheDocument();

    // The goal list: none ticked means every goal; ticking two shows those two.
    const goals = screen.getByRole('group', { name: 'Goals' });
    await user.click(within(goals).getByText('Choose goals'));
    expect(within(goals).getByText('(none chosen: all shown)')).toBeVisible();
    await user.click(within(goals).getByRole('checkbox', { name: /^4\.6 / }));
    await user.click(within(goals).getByRole('checkbox', { name: /^1\.1 / }));
    expect(currentUrl()).toBe(
      '/compare?dataset=demo&year=2022&states=CT~MA&issues=1~3~4~5~6&goals=1.1~4.6',
    );
    expect(within(goals).getByText('(2 of 40 chosen)')).toBeVisible();
    table = await goalTable();
    expect(
      within(table)
        .getAllByRole('rowheader', { name: /^\d+\.\d+ / })
        .map((h) => h.textContent?.split(' ')[0]),
    ).toEqual(['1.1', '4.6']);
    expect(screen.getByText(/^Showing 2 of 40 goals, the goals chosen; /)).toBeVisible();

    await user.click(within(goals).getByRole('button', { name: 'Show every goal' }));
    expect(currentUrl()).toBe('/compare?dataset=demo&year=2022&states=CT~MA&issues=1~3~4~5~6');
  });

  it('opens the advocate’s link with exactly its three goals, differences only (report data)', async () => {
    renderApp('/compare?states=CT~MA~NY~RI~VT~NH&goals=2.5~2.9~4.6&diff=1');
    const table = await goalTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Policy goal',
      'Connecticut',
      'Massachusetts',
      'New York',
      'Rhode Island',
      'Vermont',
      'New Hampshire',
    ]);
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('rowheader', { name: /^\d+\.\d+ / })
          .map((h) => h.textContent?.split(' ')[0]),
      ).toEqual(['2.5', '2.9', '4.6']),
    );
    expect(screen.getByRole('checkbox', { name: 'Differences only' })).toBeChecked();
    expect(
      within(screen.getByRole('group', { name: 'Goals' })).getByText('(3 of 40 chosen)'),
    ).toBeVisible();
    // Only Connecticut has statuses in the report data: nothing is called a difference.
    expect(
      screen.getByText(
        'Showing 3 of 40 goals: 0 where the states differ and 3 that could not be compared (of the 3 chosen).',
      ),
    ).toBeVisible();
    expect(
      screen.getByText(
        '3 goals could not be compared for lack of data: not evaluated for Connecticut, Massachusetts, New York, Rhode Island, Vermont and New Hampshire.',
      ),
    ).toBeVisible();
    expect(within(table).getAllByText(/^Not compared: /)).toHaveLength(3);
    expect(within(table).queryByText('States differ')).not.toBeInTheDocument();
  });

  it('shows each state’s juvenile court ages beside “Not evaluated”, as reference facts', async () => {
    server.use(
      http.get(dataPath(stateEvaluationPath('real', 2022, 'MA')), () => HttpResponse.json(realMa)),
    );
    renderApp('/compare?states=CT~MA~NY&goals=2.9');
    const table = await goalTable();
    const row = within(table).getByRole('row', { name: /^2\.9 / });
    const [ct, ma, ny] = within(row).getAllByRole('cell');
    // Massachusetts: not evaluated; its reference facts from its file, with sources and confidence.
    expect(ma).toHaveTextContent(/^\W*Not evaluated/);
    expect(await within(ma!).findByText('Reference facts (not an evaluation)')).toBeVisible();
    expect(within(ma!).getByText('Minimum age').nextElementSibling).toHaveTextContent(
      '12 (confidence high)',
    );
    expect(within(ma!).getByText('Maximum age').nextElementSibling).toHaveTextContent(
      '17 (confidence high)',
    );
    // The sources are listed when opened.
    await userEvent.setup().click(within(ma!).getByText('Sources (8)'));
    expect(
      within(ma!).getByRole('link', { name: /OJJDP Statistical Briefing Book upper\/lower age/ }),
    ).toHaveAttribute('href', expect.stringMatching(/^http:\/\/www\.ojjdp\.gov\//));
    // New York: its file is not served here, so the summary's values, and where the sources are.
    expect(within(ny!).getByText('Minimum age').nextElementSibling).toHaveTextContent('12');
    expect(within(ny!).getByText('Lowest confidence of these values: high.')).toBeVisible();
    expect(
      await within(ny!).findByText(
        /^Sources: on the state’s report \(its file could not be loaded/,
      ),
    ).toBeVisible();
    // Connecticut: the report's own reading.
    expect(within(ct!).getByText('The report’s reading')).toBeVisible();
    expect(within(ct!).getByText('Minimum age').nextElementSibling).toHaveTextContent('10');
    expect(screen.getByText(/^Only statuses are compared: facts shown beside them/)).toBeVisible();
  });

  it('lists each state’s published grade in every edition the dataset holds', async () => {
    server.use(
      http.get(dataPath(stateEvaluationPath('real', 2022, 'MA')), () => HttpResponse.json(realMa)),
    );
    renderApp('/compare?year=2022&states=CT~MA&goals=1.1');
    const grades = await screen.findByRole('table', { name: /^Published grades of/ });
    const rows = within(grades).getAllByRole('row');
    expect(rows.map((r) => r.textContent?.slice(0, 4))).toEqual(['Edit', '2021', '2022']);
    expect(rows[2]).toHaveTextContent('F confidence high (two sources agree)');
    expect(rows[2]).toHaveTextContent('No published grade found in the sources');
    const sources = await screen.findByRole('heading', { name: 'Sources of the 2022 grades' });
    expect(sources.parentElement).toHaveTextContent(/Massachusetts.*wwlp\.com/);
  });
});
