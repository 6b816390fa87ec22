import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, GRADE_HISTORY_PATH, MANIFEST_PATH } from '@/api/data-url';
import { fixture } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { currentUrl, renderApp } from './render-app';

async function grid() {
  return screen.findByRole('table', { name: /Published grades and scores by state and year/ });
}

function column(table: HTMLElement, name: string) {
  return within(table).getByRole('columnheader', { name });
}

describe('Grades over time', () => {
  it('opens on the grid of every state × every year, the Grades tab marked', async () => {
    renderApp('/grades');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Grades over time' }),
    ).toBeInTheDocument();
    const table = await grid();
    for (const year of [2011, 2015, 2019, 2020, 2021, 2023]) {
      expect(column(table, String(year))).toBeInTheDocument();
    }
    expect(within(table).getAllByRole('rowheader')).toHaveLength(51);
    expect(screen.getByRole('link', { name: 'Grades' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Grades over time — Statewise');
  });

  it('names the change of framework as a break between 2019 and 2021', async () => {
    renderApp('/grades');
    const table = await grid();
    const pic = within(table).getByRole('columnheader', {
      name: 'Protected Innocence Challenge, 2011–2019',
    });
    const rc = within(table).getByRole('columnheader', { name: 'Report Cards, 2021–' });
    expect(pic).toHaveAttribute('colspan', '9');
    expect(rc).toHaveAttribute('colspan', '3');
    expect(within(table).getByRole('columnheader', { name: 'No edition found' })).toHaveAttribute(
      'colspan',
      '1',
    );
    expect(rc).toHaveClass('grades-grid__break');
    expect(column(table, '2021')).toHaveClass('grades-grid__break');
    expect(column(table, '2019')).not.toHaveClass('grades-grid__break');
    expect(
      screen.getByText(/are different frameworks: a grade that changes across the break/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The sources hold no grade for 2020 under either framework/),
    ).toBeInTheDocument();
  });

  it('marks an inferred value (glyph and words) and links every value to its source', async () => {
    renderApp('/grades');
    const table = await grid();
    const ct = within(table).getByRole('link', { name: /^Connecticut, 2021 \(Report Cards\)/ });
    expect(ct).toHaveAccessibleName(
      /grade F; inferred from the sources, not named in them; medium confidence\. Source: adnamerica\.com\/.* and 2 more \(opens in a new tab\)$/,
    );
    expect(ct).toHaveTextContent('F*');
    expect(ct).toHaveAttribute('href', expect.stringMatching(/^https:\/\/adnamerica\.com\//));
    const al = within(table).getByRole('link', { name: /^Alabama, 2019/ });
    expect(al).toHaveTextContent(/^A$/);
    expect(al).toHaveAccessibleName(/grade A, score 94\.5 of 102\.5; high confidence/);
    // One link per published value: 41 in the fixture.
    const valueLinks = within(table)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('target') === '_blank');
    expect(valueLinks).toHaveLength(41);
    for (const link of valueLinks) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
  });

  it('says in the table that a year without a value has no published grade, with every source', async () => {
    const user = userEvent.setup();
    renderApp('/grades');
    await grid();
    await user.click(screen.getAllByRole('button', { name: 'Table' })[0]!);
    const table = screen.getByRole('table', {
      name: /Published grades and scores by state and year, state name order/,
    });
    const al2015 = within(table)
      .getAllByRole('row')
      .find((r) => /^Alabama2015/.test(r.textContent ?? ''))!;
    expect(al2015).toHaveTextContent('Protected Innocence Challenge');
    expect(al2015).toHaveTextContent('No published grade found');
    const al2020 = within(table)
      .getAllByRole('row')
      .find((r) => /^Alabama2020/.test(r.textContent ?? ''))!;
    expect(al2020).toHaveTextContent('No edition found');
    expect(al2020).toHaveTextContent('No published grade found');
    const ct2021 = within(table)
      .getAllByRole('row')
      .find((r) => /^Connecticut2021/.test(r.textContent ?? ''))!;
    expect(ct2021).toHaveTextContent('F* inferred');
    expect(within(ct2021).getAllByRole('link')).toHaveLength(3);
  });

  it('sorts by the latest grade and keeps it in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/grades');
    await grid();
    await user.click(screen.getByRole('button', { name: 'Latest grade' }));
    await waitFor(() => expect(currentUrl()).toBe('/grades?sort=grade'));
    const rows = within(await grid()).getAllByRole('rowheader');
    expect(rows.slice(0, 3).map((r) => r.textContent)).toEqual([
      'Tennessee',
      'Florida',
      'Washington',
    ]);
    expect(screen.getByRole('button', { name: 'Latest grade' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('draws the chosen states’ scores, each framework on its own scale, from states=', async () => {
    renderApp('/grades?states=AL~FL');
    const heading = await screen.findByRole('heading', {
      name: 'Published scores over time: Alabama and Florida',
    });
    const frame = heading.closest('figure')!;
    expect(
      within(frame).getByRole('img', { name: /Published scores over time/ }),
    ).toBeInTheDocument();
    expect(frame).toHaveTextContent(
      'Alabama — Protected Innocence Challenge: 66 of 100 in 2011, 94.5 of 102.5 in 2019; Report Cards: no published score (1 grade only).',
    );
    expect(frame).toHaveTextContent('Protected Innocence Challenge, 2011–2019');
    expect(frame).toHaveTextContent('Report Cards, 2021–');
    expect(frame).toHaveTextContent('2020no data');
    // The chosen states are marked in the grid.
    const table = await grid();
    expect(
      within(table).getByRole('rowheader', { name: /^Alabama ?\(chosen\)$/ }),
    ).toBeInTheDocument();
  });

  it('adds and removes chart states through the URL', async () => {
    const user = userEvent.setup();
    renderApp('/grades');
    await grid();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Add a state to the chart' }),
      'TN',
    );
    await waitFor(() => expect(currentUrl()).toBe('/grades?states=TN'));
    expect(
      await screen.findByRole('heading', { name: 'Published scores over time: Tennessee' }),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: /^Tennessee ?\(remove from the chart\)$/ }),
    );
    await waitFor(() => expect(currentUrl()).toBe('/grades'));
  });

  it('says so when the manifest names no grade history, and the rest of the app still works', async () => {
    const manifest = fixture(MANIFEST_PATH) as Record<string, unknown>;
    delete manifest.grades;
    server.use(http.get(dataPath(MANIFEST_PATH), () => HttpResponse.json(manifest)));
    renderApp('/grades');
    expect(
      await screen.findByRole('heading', { name: 'No grade history in this data' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Overview' })).toBeInTheDocument();
  });

  it('shows a clear message and Retry when the history fails to load', async () => {
    server.use(
      http.get(dataPath(GRADE_HISTORY_PATH), () => new HttpResponse(null, { status: 500 })),
    );
    renderApp('/grades');
    expect(
      await screen.findByRole('heading', { name: 'Could not load the grade history' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The grade history could not be loaded: the server answered 500.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Retry/ })).toBeInTheDocument();
  });

  it('is the same published data with dataset=demo, and says it has no demo version', async () => {
    renderApp('/grades?dataset=demo');
    await grid();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Grades over time shows only grades the publisher published (report data): it has no synthetic demo version.',
    );
    expect(screen.queryByText('Synthetic demo data')).not.toBeInTheDocument();
  });
});
