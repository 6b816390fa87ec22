import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataPath, summaryPath } from '@/api/data-url';
import { EmbedApp } from '@/app/embed-app';
import { createQueryClient } from '@/app/query-client';
import demoSummary from '../../mocks/fixtures/goal-demo-2022-summary.json';
import realSummary from '../../mocks/fixtures/goal-real-2022-summary.json';
import { server } from '../../mocks/node';
import { currentUrl, renderApp } from './render-app';

const NEIGHBOURS = ['Connecticut', 'Massachusetts', 'New York', 'Rhode Island'];

beforeEach(() => {
  server.use(
    http.get(dataPath(summaryPath('real', 2022)), () => HttpResponse.json(realSummary)),
    http.get(dataPath(summaryPath('demo', 2022)), () => HttpResponse.json(demoSummary)),
  );
});

async function chartFrame(name: RegExp | string) {
  return screen.findByRole('figure', { name });
}

/** The states a table lists, by its row headers (each state's first row). */
function tableStates(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((h) => h.textContent ?? '');
}

describe('a goal page with chosen states (states=)', () => {
  it('marks the chosen states on the map, in the age chart and in the tables, in words', async () => {
    const user = userEvent.setup();
    renderApp('/goals/2.9?year=2022&states=CT~MA~NY~RI');
    const status = await chartFrame(/Goal 2\.9: status by state/);
    expect(
      within(status).getByRole('link', { name: 'CT, ◐: Connecticut: partly meets (chosen)' }),
    ).toBeInTheDocument();
    expect(
      within(status).getByRole('link', {
        name: 'RI, ?: Rhode Island: not evaluated (unknown) (chosen)',
      }),
    ).toBeInTheDocument();
    expect(
      within(status).getByRole('link', { name: 'TX, ?: Texas: not evaluated (unknown)' }),
    ).toBeInTheDocument();
    expect(
      within(status).getByText(
        /Of the 4 chosen states, Connecticut partly meets it; Massachusetts, New York and Rhode Island are not evaluated \(unknown\)\./,
      ),
    ).toBeInTheDocument();

    const ages = screen.getByRole('figure', { name: 'Ages of juvenile court jurisdiction' });
    expect(
      within(ages).getByRole('link', { name: 'Massachusetts: ages 12 to 17 (reference) (chosen)' }),
    ).toBeInTheDocument();
    expect(
      within(ages).getByRole('link', {
        name: 'Rhode Island: ages no statutory minimum to 17 (reference) (chosen)',
      }),
    ).toBeInTheDocument();
    expect(within(ages).getByText('A chosen state (outlined)')).toBeInTheDocument();
    expect(
      within(ages).getByText(
        /Chosen: Connecticut 10 to 17; Massachusetts 12 to 17; New York 12 to 17; Rhode Island no statutory minimum to 17\./,
      ),
    ).toBeInTheDocument();

    await user.click(within(status).getByRole('button', { name: 'Table' }));
    const table = within(status).getByRole('table');
    expect(tableStates(table)).toHaveLength(51);
    const ma = within(table).getByRole('row', { name: /^Massachusetts/ });
    expect(within(ma).getByText('chosen')).toBeVisible();
    expect(
      within(within(table).getByRole('row', { name: /^Texas/ })).queryByText('chosen'),
    ).not.toBeInTheDocument();

    const laws = screen.getByRole('region', {
      name: 'Juvenile court ages and transfer laws, by state',
    });
    const ny = within(laws).getByRole('row', { name: /^New York/ });
    expect(within(ny).getByText('chosen')).toBeVisible();

    const chosen = screen.getByRole('list', { name: 'Chosen states' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([...NEIGHBOURS.map((n) => `${n}×`), 'Clear all']);
    expect(screen.getByRole('switch', { name: 'Chosen states only' })).not.toBeChecked();
  });

  it('shows the chosen states alone with “Chosen states only”, which goes into the URL', async () => {
    const user = userEvent.setup();
    renderApp('/goals/2.9?year=2022&states=CT~MA~NY~RI');
    const only = await screen.findByRole('switch', { name: 'Chosen states only' });
    await user.click(only);
    await waitFor(() =>
      expect(currentUrl()).toBe('/goals/2.9?year=2022&states=CT~MA~NY~RI&chosen=1'),
    );
    expect(only).toBeChecked();

    const status = await chartFrame(/Goal 2\.9: status by state/);
    expect(
      within(status).getByRole('link', { name: 'TX: Texas: not among the chosen states' }),
    ).toBeInTheDocument();
    expect(
      within(status).getByText(/^1 of the 4 chosen jurisdictions has an evaluation of goal 2\.9/),
    ).toBeInTheDocument();
    const ages = screen.getByRole('figure', { name: 'Ages of juvenile court jurisdiction' });
    const list = within(ages).getByRole('list', { name: /^Ages of juvenile court jurisdiction/ });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent?.replace(/^★ /, ''))
        .sort(),
    ).toEqual(NEIGHBOURS);

    await user.click(within(status).getByRole('button', { name: 'Table' }));
    expect(tableStates(within(status).getByRole('table'))).toEqual(
      NEIGHBOURS.map((n) => `${n}chosen`),
    );
    const laws = screen.getByRole('region', {
      name: 'Juvenile court ages and transfer laws, by state',
    });
    expect(tableStates(within(laws).getByRole('table'))).toHaveLength(4);

    // Another goal keeps the choice; 4.6 shows the chosen states' limitation periods alone.
    await user.click(screen.getByRole('link', { name: /Goal 2\.10/ }));
    await waitFor(() =>
      expect(currentUrl()).toBe('/goals/2.10?year=2022&states=CT~MA~NY~RI&chosen=1'),
    );

    // Back, and off again: all 51.
    window.history.back();
    await waitFor(() =>
      expect(currentUrl()).toBe('/goals/2.9?year=2022&states=CT~MA~NY~RI&chosen=1'),
    );
    await user.click(await screen.findByRole('switch', { name: 'Chosen states only' }));
    await waitFor(() => expect(currentUrl()).toBe('/goals/2.9?year=2022&states=CT~MA~NY~RI'));
  });

  it('keeps the other comparisons to the chosen states too (limitations, protections)', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp('/goals/4.6?year=2022&states=CT~TX&chosen=1');
    const limits = await chartFrame('Statutes of limitation');
    expect(
      within(limits).getByRole('link', { name: 'OH: Ohio: not among the chosen states' }),
    ).toBeInTheDocument();
    expect(
      within(limits).getByRole('link', {
        name: /^CT, ∞: Connecticut: criminal statute of limitation: no time limit.*\(chosen\)$/,
      }),
    ).toBeInTheDocument();
    await user.click(within(limits).getByRole('button', { name: 'Table' }));
    expect(tableStates(within(limits).getByRole('table'))).toEqual([
      'Connecticutchosen',
      'Texaschosen',
    ]);
    unmount();

    renderApp('/goals/5.3?year=2022&states=CT&chosen=1');
    const protections = await chartFrame('Victim protections in court');
    expect(
      within(protections).getByRole('link', {
        name: 'CT, 1/3: Connecticut: 1 of 3 in law (chosen)',
      }),
    ).toBeInTheDocument();
    await user.click(within(protections).getByRole('button', { name: 'Table' }));
    expect(tableStates(within(protections).getByRole('table'))).toEqual(['Connecticutchosen']);
  });

  it('drops “chosen states only” without chosen states, and cannot switch it on then', async () => {
    renderApp('/goals/2.9?year=2022&chosen=1');
    await chartFrame(/Goal 2\.9: status by state/);
    await waitFor(() => expect(currentUrl()).toBe('/goals/2.9?year=2022'));
    expect(screen.getByRole('switch', { name: 'Chosen states only' })).toBeDisabled();
    expect(screen.getByText(/None: choose states to mark them/)).toBeVisible();
  });

  it('chooses states with the picker and removes them from the chips', async () => {
    const user = userEvent.setup();
    renderApp('/goals/2.9?year=2022&states=CT&chosen=1');
    await chartFrame(/Goal 2\.9: status by state/);
    await user.click(screen.getByText('Choose states'));
    await user.type(screen.getByRole('searchbox', { name: 'Find a state' }), 'rhode');
    const options = screen.getByRole('list', { name: 'States' });
    expect(within(options).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(within(options).getByRole('checkbox', { name: /Rhode Island/ }));
    await waitFor(() => expect(currentUrl()).toBe('/goals/2.9?year=2022&states=CT~RI&chosen=1'));

    await user.click(screen.getByRole('button', { name: 'Remove Connecticut' }));
    await waitFor(() => expect(currentUrl()).toBe('/goals/2.9?year=2022&states=RI&chosen=1'));
    // The last one removed: "chosen states only" has nothing to show and goes too.
    await user.click(screen.getByRole('button', { name: 'Remove Rhode Island' }));
    await waitFor(() => expect(currentUrl()).toBe('/goals/2.9?year=2022'));
  });
});

describe('a goal page’s summary', () => {
  it('names up to a dozen per status, and links a larger count to the table filtered by it', async () => {
    const user = userEvent.setup();
    renderApp('/goals/2.5?dataset=demo&year=2022');
    const status = await chartFrame(/Goal 2\.5: status by state/);
    expect(
      within(status).getByText(
        /Alaska, Colorado, Iowa, Kansas, Massachusetts, Michigan, Oregon, South Carolina, Utah and Wisconsin meet it/,
      ),
    ).toBeInTheDocument();
    const link = within(status).getByRole('link', {
      name: 'see the 13 that partly meet it, in the table',
    });
    expect(link).toHaveAttribute('href', '/goals/2.5?dataset=demo&year=2022&status=partial');
    await user.click(link);
    await waitFor(() =>
      expect(currentUrl()).toBe('/goals/2.5?dataset=demo&year=2022&status=partial'),
    );
    // The table opens, listing those 13, and says so.
    const table = within(status).getByRole('table');
    expect(tableStates(table)).toHaveLength(13);
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(row).toHaveTextContent('Partly meets');
    }
    const note = within(status).getByText(
      'The table shows the 13 jurisdictions that partly meet goal 2.5.',
    );
    expect(note.closest('p')).toHaveFocus();

    await user.click(within(status).getByRole('button', { name: 'Show every status' }));
    await waitFor(() => expect(currentUrl()).toBe('/goals/2.5?dataset=demo&year=2022'));
    expect(tableStates(within(status).getByRole('table'))).toHaveLength(51);
  });

  it('opens a link with a status filter on the filtered table', async () => {
    renderApp('/goals/2.5?dataset=demo&year=2022&status=does-not-meet');
    const status = await chartFrame(/Goal 2\.5: status by state/);
    expect(tableStates(within(status).getByRole('table'))).toHaveLength(25);
    expect(
      within(status).getByText('The table shows the 25 jurisdictions that do not meet goal 2.5.'),
    ).toBeVisible();
  });
});

describe('the goal embed', () => {
  it('marks the chosen states, and shows them alone with chosen=1', async () => {
    window.history.replaceState(null, '', '/embed/goals/2.9?year=2022&states=CT~MA~NY~RI&chosen=1');
    render(<EmbedApp queryClient={createQueryClient({ retry: false })} />);
    const ages = await chartFrame('Ages of juvenile court jurisdiction');
    const list = within(ages).getByRole('list', { name: /^Ages of juvenile court jurisdiction/ });
    expect(within(list).getAllByRole('link')).toHaveLength(4);
    expect(
      within(list).getByRole('link', { name: 'New York: ages 12 to 17 (reference) (chosen)' }),
    ).toBeInTheDocument();
  });
});
