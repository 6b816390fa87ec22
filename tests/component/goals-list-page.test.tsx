import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataPath, summaryPath } from '@/api/data-url';
import { useGoalsSearch } from '@/features/goals-list/goals-list-store';
import demoSummary from '../../mocks/fixtures/goal-demo-2022-summary.json';
import realSummary from '../../mocks/fixtures/goal-real-2022-summary.json';
import { server } from '../../mocks/node';
import { currentUrl, renderApp } from './render-app';

/** The full 2022 summaries (51 jurisdictions) instead of the three-state default fixtures. */
function serveFullSummaries() {
  server.use(
    http.get(dataPath(summaryPath('real', 2022)), () => HttpResponse.json(realSummary)),
    http.get(dataPath(summaryPath('demo', 2022)), () => HttpResponse.json(demoSummary)),
  );
}

/** The row of one goal: its header cell names the goal, its cells count the statuses. */
function goalRow(id: string) {
  return screen.getByRole('row', { name: new RegExp(`^${id.replace('.', '\\.')} `) });
}

function counts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('the list of goals', () => {
  beforeEach(() => {
    // The search is kept while the app is open; each test opens the app afresh.
    useGoalsSearch.setState({ query: '' });
    serveFullSummaries();
  });

  it('lists every goal by issue area with its count per status, in glyphs and words', async () => {
    renderApp('/goals?year=2022');
    expect(await screen.findByRole('heading', { level: 1, name: 'Policy goals' })).toBeVisible();
    const areas = await screen.findAllByRole('heading', { level: 2 });
    expect(areas.map((h) => h.textContent)).toEqual([
      'Issue area 1 Criminal Provisions',
      'Issue area 2 Identification of & Response to Victims',
      'Issue area 3 Continuum of Care',
      'Issue area 4 Access to Justice for Trafficking Survivors',
      'Issue area 5 Tools for a Victim-Centered Criminal Justice Response',
      'Issue area 6 Prevention & Training',
    ]);
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(6);
    expect(tables.flatMap((t) => within(t).getAllByRole('link'))).toHaveLength(40);
    const header = within(tables[1]!).getAllByRole('row')[0]!;
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Goal', '✓Meets', '◐Partly meets', '✕Does not meet', '?Not evaluated']);

    // Report data, 2022: Connecticut alone is evaluated; the other 50 are unknown.
    expect(counts(goalRow('2.9'))).toEqual(['0', '1', '0', '50']);
    expect(within(goalRow('2.9')).getByRole('link')).toHaveAttribute(
      'href',
      '/goals/2.9?year=2022',
    );
    expect(
      screen.getByText(/1 of 51 has evaluations in this edition: Connecticut \(all 40 goals\)/),
    ).toBeVisible();
    expect(screen.getByText(/2022 edition · report data/)).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 40 goals.');
    expect(
      screen.getByRole('button', { name: 'Download Policy goals: states at each status' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Policy goals — Statewise');
  });

  it('counts the dataset and edition shown, and its links carry them and the chosen states', async () => {
    renderApp('/goals?dataset=demo&year=2022&states=CT~MA');
    await screen.findByRole('heading', { level: 2, name: /Identification of & Response/ });
    expect(screen.getAllByText('Synthetic demo data')[0]).toBeVisible();
    expect(counts(goalRow('2.5'))).toEqual(['10', '13', '25', '3']);
    expect(counts(goalRow('2.9'))).toEqual(['22', '17', '8', '4']);
    expect(within(goalRow('2.5')).getByRole('link')).toHaveAttribute(
      'href',
      '/goals/2.5?dataset=demo&year=2022&states=CT~MA',
    );
    expect(
      screen.getByText(
        'Each goal opens with your chosen states marked: Connecticut, Massachusetts.',
      ),
    ).toBeVisible();
  });

  it('filters by a goal’s number or words of its title as one types', async () => {
    const user = userEvent.setup();
    renderApp('/goals?year=2022');
    const search = await screen.findByRole('searchbox', { name: 'Find a goal' });

    await user.type(search, '2.5');
    const links = () => screen.getAllByRole('table').flatMap((t) => within(t).getAllByRole('link'));
    expect(links().map((a) => a.textContent)).toEqual([
      expect.stringMatching(/^2\.5 State law prohibits the criminalization of minors/),
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Issue area 2 Identification of & Response to Victims',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 40 goals matching “2.5”.');
    // The search is not part of the view's address.
    expect(currentUrl()).toBe('/goals?year=2022');

    await user.clear(search);
    await user.type(search, 'juvenile court');
    expect(links().map((a) => a.textContent)).toEqual([
      expect.stringMatching(/^2\.9 Juvenile court jurisdiction/),
    ]);

    await user.clear(search);
    await user.type(search, 'zebra');
    expect(screen.queryAllByRole('table')).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('No goal matches “zebra”.');
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(search).toHaveValue('');
    expect(links()).toHaveLength(40);
  });

  it('opens from the Goals tab, which stays marked on a goal’s page', async () => {
    const user = userEvent.setup();
    renderApp('/about?year=2022');
    await screen.findByRole('heading', { level: 1, name: /About/ });
    const nav = screen.getByRole('navigation', { name: 'Views' });
    const tab = within(nav).getByRole('link', { name: 'Goals' });
    // Once the data manifest is read, the tabs carry the view's edition.
    await waitFor(() => expect(tab).toHaveAttribute('href', '/goals?year=2022'));
    await user.click(tab);
    await waitFor(() => expect(currentUrl()).toBe('/goals?year=2022'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Policy goals' })).toBeVisible();
    expect(tab).toHaveAttribute('aria-current', 'page');

    await user.click(await screen.findByRole('link', { name: /^4\.6 Statutes of limitation/ }));
    await waitFor(() => expect(currentUrl()).toBe('/goals/4.6?year=2022'));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Policy goal 4\.6/ }),
    ).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Goals' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('keeps the search while the app is open: back from a goal, the list is as it was', async () => {
    const user = userEvent.setup();
    renderApp('/goals?year=2022');
    await user.type(await screen.findByRole('searchbox', { name: 'Find a goal' }), 'limitation');
    await user.click(screen.getByRole('link', { name: /^4\.6 Statutes of limitation/ }));
    await screen.findByRole('heading', { level: 1, name: /Policy goal 4\.6/ });
    window.history.back();
    expect(await screen.findByRole('searchbox', { name: 'Find a goal' })).toHaveValue('limitation');
    expect(screen.getByRole('status')).toHaveTextContent(/matching “limitation”/);
  });
});
