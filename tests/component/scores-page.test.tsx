import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, summaryPath } from '@/api/data-url';
import { server } from '../../mocks/node';
import { currentUrl, renderApp } from './render-app';

async function rankingRows() {
  const list = await screen.findByRole('list', { name: 'Coverage score ranking' });
  return within(list).getAllByRole('listitem');
}

describe('Scores view', () => {
  it('ranks the one scored state of the report data, plainly explained, never zero for the rest', async () => {
    renderApp('/scores?year=2022');
    expect(await screen.findByRole('heading', { level: 1, name: 'Scores' })).toBeInTheDocument();
    const rows = await rankingRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Connecticut');
    expect(rows[0]).toHaveTextContent('2 of 40 goals evaluated');
    expect(rows[0]).toHaveTextContent('50.0');
    expect(screen.getByRole('note')).toHaveTextContent(
      'Only Connecticut has a coverage score in the 2022 report data.',
    );
    expect(screen.getByText(/No score: 50 jurisdictions/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /full interface with synthetic demo data/ }),
    ).toHaveAttribute('href', '/scores?dataset=demo');
  });

  it('shows the ranking as a table too, with the not-evaluated states as "No score"', async () => {
    const user = userEvent.setup();
    renderApp('/scores?year=2022');
    await rankingRows();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /Coverage scores by state/ });
    const ct = within(table).getByRole('row', { name: /Connecticut/ });
    expect(ct).toHaveTextContent('50.0');
    expect(within(table).getByRole('row', { name: /New York/ })).toHaveTextContent(
      'No score (not evaluated)',
    );
  });

  it('recomputes ranks with what-if weights, shows the moves, and keeps the weights in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/scores?dataset=demo&year=2022');
    // The three fixture states tie at 65.0.
    let rows = await rankingRows();
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Rank 1Connecticut/),
      expect.stringMatching(/^Rank 1Massachusetts/),
      expect.stringMatching(/^Rank 1New York/),
    ]);

    await user.click(screen.getByText('Criminal Provisions', { selector: 'summary *' }));
    const weight = screen.getByRole('spinbutton', { name: 'Weight of goal 1.2' });
    await user.clear(weight);
    await user.type(weight, '10');
    await waitFor(() => expect(currentUrl()).toBe('/scores?dataset=demo&year=2022&weights=1.2:10'));

    rows = await rankingRows();
    // 1.2: MA meets, CT partly, NY does not meet.
    expect(rows[0]).toHaveTextContent(/^Rank 1=?\s*same rank\s*Massachusetts/);
    expect(rows[1]).toHaveTextContent(/Rank 2.*down 1 place\s*Connecticut/);
    expect(rows[2]).toHaveTextContent(/Rank 3.*down 2 places\s*New York/);
    expect(rows[0]).toHaveTextContent(/65\.0\s*→.*71\.4/);
    expect(screen.getByText('1 goal reweighted.')).toBeInTheDocument();
  });

  it('moves a slider without adding history entries', async () => {
    renderApp('/scores?dataset=demo&year=2022');
    await rankingRows();
    const before = window.history.length;
    const slider = screen.getByRole('slider', { name: /^1\.1 / });
    fireEvent.change(slider, { target: { value: '3' } });
    fireEvent.change(slider, { target: { value: '4' } });
    await waitFor(() => expect(currentUrl()).toBe('/scores?dataset=demo&year=2022&weights=1.1:4'));
    expect(window.history.length).toBe(before);
  });

  it('sets a whole issue area, then resets to the framework’s weights', async () => {
    const user = userEvent.setup();
    renderApp('/scores?dataset=demo&year=2022&weights=6.1:3');
    await rankingRows();
    await user.click(screen.getByText('Continuum of Care', { selector: 'summary *' }));
    const areaInput = screen.getByRole('spinbutton', {
      name: /^Set all 6 goals\s+of Continuum of Care\s+to$/,
    });
    await user.type(areaInput, '0');
    await user.click(screen.getAllByRole('button', { name: 'Apply' })[2]!);
    expect(currentUrl()).toBe(
      '/scores?dataset=demo&year=2022&weights=3.1:0~3.2:0~3.3:0~3.4:0~3.5:0~3.6:0~6.1:3',
    );
    expect(screen.getByText('7 goals reweighted.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset to the framework’s weights' }));
    expect(currentUrl()).toBe('/scores?dataset=demo&year=2022');
    expect(screen.getByText('All goals at the framework’s weights.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset to the framework’s weights' })).toBeDisabled();
  });

  it('lists the published grades of every edition, inferred marked, "—" where none', async () => {
    renderApp('/scores?year=2022');
    const table = await screen.findByRole('table', { name: /Published grades by state/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['State', '2021', '2022']);
    const ct = within(table).getByRole('row', { name: /^Connecticut/ });
    expect(ct).toHaveTextContent(/F\*\s*inferred · medium confidence/);
    expect(ct).toHaveTextContent('not published');
    const ma = within(table).getByRole('row', { name: /^Massachusetts/ });
    expect(ma).toHaveTextContent(/D\s*rank 9/);
    expect(ma).toHaveTextContent(/F/);
    const ny = within(table).getByRole('row', { name: /^New York/ });
    expect(within(ny).getAllByText('not published')).toHaveLength(2);
  });

  it('shows a failed edition’s error only in the grades, with Retry, and keeps the rest', async () => {
    server.use(
      http.get(dataPath(summaryPath('real', 2021)), () => new HttpResponse(null, { status: 500 })),
    );
    renderApp('/scores?year=2022');
    const alert = await screen.findByRole('alert', { name: 'Could not load the 2021 grades' });
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Published grades by state/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['State', '2022']);
    expect(await rankingRows()).toHaveLength(1);
  });

  it('explains an edition without any evaluated goal instead of drawing an empty ranking', async () => {
    renderApp('/scores?year=2021');
    expect(
      await screen.findByRole('heading', { name: /No coverage scores for 2021 edition/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Coverage scores for the 2022 edition' }),
    ).toHaveAttribute('href', '/scores?year=2022');
    expect(screen.queryByRole('list', { name: 'Coverage score ranking' })).not.toBeInTheDocument();
  });
});
