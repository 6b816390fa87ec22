import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, frameworkPath, summaryPath } from '@/api/data-url';
import type { Framework } from '@/domain/contract/framework-schema';
import { fixture } from '../../mocks/handlers';
import demoSummary from '../../mocks/fixtures/goal-demo-2022-summary.json';
import realSummary from '../../mocks/fixtures/goal-real-2022-summary.json';
import { server } from '../../mocks/node';
import { withFactGoals } from '../unit/fixtures/framework-facts';
import { currentUrl, renderApp } from './render-app';

/** The full 2022 summaries (51 jurisdictions) instead of the three-state default fixtures. */
function serveFullSummaries() {
  server.use(
    http.get(dataPath(summaryPath('real', 2022)), () => HttpResponse.json(realSummary)),
    http.get(dataPath(summaryPath('demo', 2022)), () => HttpResponse.json(demoSummary)),
  );
}

async function chartFrame(name: RegExp | string) {
  return screen.findByRole('figure', { name });
}

describe('Goal page', () => {
  it('states the goal, its issue area, and offers the neighbouring goals', async () => {
    renderApp('/goals/2.9?year=2022');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: /Policy goal 2\.9 Juvenile court jurisdiction aligns with international human rights standards/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Issue area 2: Identification of & Response to Victims')).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Other policy goals' });
    expect(within(nav).getByRole('link', { name: /Goal 2\.8/ })).toHaveAttribute(
      'href',
      '/goals/2.8?year=2022',
    );
    expect(within(nav).getByRole('link', { name: /Goal 2\.10/ })).toBeInTheDocument();
  });

  it('moves to another goal with the grouped picker, pushing history', async () => {
    const user = userEvent.setup();
    renderApp('/goals/2.9');
    const picker = await screen.findByRole('combobox', { name: 'Go to goal' });
    expect(
      within(picker).getByRole('group', { name: '4. Access to Justice for Trafficking Survivors' }),
    ).toBeInTheDocument();
    await user.selectOptions(picker, '4.6');
    await waitFor(() => expect(currentUrl()).toBe('/goals/4.6'));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: /Policy goal 4\.6 Statutes of limitation/,
      }),
    ).toBeInTheDocument();
    window.history.back();
    await waitFor(() => expect(currentUrl()).toBe('/goals/2.9'));
  });

  it('says clearly when the goal does not exist, and lists the ones that do', async () => {
    renderApp('/goals/9.9');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No policy goal 9.9' }),
    ).toBeInTheDocument();
    const index = screen.getByRole('navigation', { name: 'Policy goals' });
    expect(within(index).getAllByRole('link')).toHaveLength(40);
    expect(within(index).getByRole('link', { name: /^2\.9 Juvenile court/ })).toHaveAttribute(
      'href',
      '/goals/2.9',
    );
  });

  it('shows the status of every state on a map with an unknown legend, and a sortable table', async () => {
    const user = userEvent.setup();
    renderApp('/goals/1.1');
    const frame = await chartFrame(/Goal 1\.1: status by state/);
    expect(within(frame).getByText('(unknown: no evaluation in this dataset)')).toBeInTheDocument();
    expect(
      within(frame).getByRole('link', { name: 'CT, ✕: Connecticut: does not meet' }),
    ).toHaveAttribute('href', '/states/CT#goal-1.1');
    expect(
      within(frame).getByRole('link', { name: 'TX, ?: Texas: not evaluated (unknown)' }),
    ).toBeInTheDocument();
    expect(
      within(frame).getByText(/1 of 51 jurisdictions has an evaluation of goal 1\.1/),
    ).toBeInTheDocument();

    await user.click(within(frame).getByRole('button', { name: 'Table' }));
    const table = within(frame).getByRole('table');
    const stateHeader = within(table).getByRole('columnheader', { name: /State/ });
    const statusHeader = within(table).getByRole('columnheader', { name: /Status/ });
    expect(stateHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(statusHeader).toHaveAttribute('aria-sort', 'none');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/^Alabama/);

    await user.click(within(statusHeader).getByRole('button'));
    expect(statusHeader).toHaveAttribute('aria-sort', 'ascending');
    const first = within(table).getAllByRole('row')[1]!;
    expect(first).toHaveTextContent('Connecticut');
    expect(first).toHaveTextContent('Does not meet');
    expect(
      within(first).getByRole('link', { name: 'Read the analysis of Connecticut' }),
    ).toHaveAttribute('href', '/states/CT#goal-1.1');

    await user.click(within(stateHeader).getByRole('button'));
    await user.click(within(stateHeader).getByRole('button'));
    expect(stateHeader).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/^Wyoming/);
  });

  it('draws juvenile court ages as ranges, with no statutory minimum drawn apart and never as zero', async () => {
    const user = userEvent.setup();
    serveFullSummaries();
    renderApp('/goals/2.9?year=2022');
    const frame = await chartFrame('Ages of juvenile court jurisdiction');
    expect(within(frame).getByText(/27 set no statutory minimum age/)).toBeInTheDocument();
    expect(
      within(frame).getByRole('link', {
        name: 'Alabama: ages no statutory minimum to 17 (reference)',
      }),
    ).toBeInTheDocument();
    expect(
      within(frame).getByRole('link', { name: 'Connecticut: ages 10 to 17 (report)' }),
    ).toBeInTheDocument();
    expect(
      within(frame).getByRole('link', {
        name: /^Nevada: ages 8 to 17 \(reference\); low confidence/,
      }),
    ).toBeInTheDocument();

    await user.click(within(frame).getByRole('button', { name: 'Table' }));
    const table = within(frame).getByRole('table');
    const alabama = within(table).getByRole('row', { name: /^Alabama/ });
    expect(alabama).toHaveTextContent('No statutory minimum');
    expect(within(alabama).queryByText('0')).not.toBeInTheDocument();
  });

  it('sorts the ranges by minimum age, maximum age or name through the URL', async () => {
    const user = userEvent.setup();
    serveFullSummaries();
    renderApp('/goals/2.9?year=2022');
    const frame = await chartFrame('Ages of juvenile court jurisdiction');
    const sorter = within(frame).getByRole('group', { name: 'Sort the states by' });
    expect(within(sorter).getByRole('button', { name: 'Minimum age' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const names = () =>
      within(
        within(frame).getByRole('list', { name: /^Ages of juvenile court jurisdiction, by state/ }),
      )
        .getAllByRole('link')
        .map((a) => a.textContent);
    expect(names()[0]).toBe('Alabama');
    expect(names()[50]).toBe('Maryland');

    await user.click(within(sorter).getByRole('button', { name: 'Name' }));
    expect(currentUrl()).toBe('/goals/2.9?year=2022&sort=name');
    expect(within(sorter).getByRole('button', { name: 'Name' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(names()[50]).toBe('Wyoming');

    await user.click(within(sorter).getByRole('button', { name: 'Maximum age' }));
    expect(currentUrl()).toBe('/goals/2.9?year=2022&sort=max-age');
    expect(names()[50]).toBe('Vermont');
  });

  it('lists ages and transfer laws for every state, report and reference side by side where they differ', async () => {
    serveFullSummaries();
    renderApp('/goals/2.9?year=2022');
    const region = await screen.findByRole('region', {
      name: 'Juvenile court ages and transfer laws, by state',
    });
    const table = within(region).getByRole('table');
    const header = within(table).getAllByRole('row')[0]!;
    for (const name of [
      'Minimum age',
      'Maximum age',
      'Automatic transfer / statutory exclusion',
      'Direct file',
      'Discretionary transfer',
      'Trauma considered',
      'Basis',
      'Confidence (lowest)',
    ]) {
      expect(within(header).getByRole('columnheader', { name })).toBeInTheDocument();
    }
    const ctReport = within(table).getByRole('row', { name: /^Connecticut Report/ });
    expect(ctReport).toHaveTextContent('Yes differs');
    expect(ctReport).toHaveTextContent('Not rated (report)');
    // The reference row follows, under the same state (row header spans both rows).
    const reference = ctReport.nextElementSibling as HTMLElement;
    expect(reference).toHaveTextContent(/^Reference10/);
    expect(reference).toHaveTextContent('No differs');
    const nevada = within(table).getByRole('row', { name: /^Nevada/ });
    expect(nevada).toHaveTextContent('Low (sources conflict)');
    expect(within(nevada).getByRole('link', { name: 'Sources for Nevada' })).toHaveAttribute(
      'href',
      '/states/NV?year=2022',
    );
    expect(
      screen.getByText(/NJDC\/Gault Center minimum-age survey; NCSL/, { selector: 'p' }),
    ).toBeInTheDocument();
  });

  it('keeps the goal and its picker when the edition summary fails, with a retry', async () => {
    const user = userEvent.setup();
    let healthy = false;
    server.use(
      http.get(dataPath(summaryPath('real', 2022)), () =>
        healthy ? HttpResponse.json(realSummary) : new HttpResponse('Oops', { status: 500 }),
      ),
    );
    renderApp('/goals/2.9?year=2022');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Could not load the edition summary for 2022/);
    expect(alert).toHaveTextContent(/the server answered 500/);
    expect(screen.getByRole('heading', { level: 1, name: /Policy goal 2\.9/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Go to goal' })).toBeInTheDocument();

    healthy = true;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await chartFrame('Ages of juvenile court jurisdiction')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('marks every chart of the demo data as synthetic', async () => {
    serveFullSummaries();
    renderApp('/goals/2.9?dataset=demo&year=2022');
    const status = await chartFrame(/Goal 2\.9: status by state/);
    const ages = screen.getByRole('figure', { name: 'Ages of juvenile court jurisdiction' });
    for (const frame of [status, ages]) {
      expect(within(frame).getByText('Synthetic demo data')).toBeVisible();
      expect(within(frame).getByText(/synthetic demo data generated by Statewise/)).toBeVisible();
    }
    const section = screen.getByRole('region', {
      name: 'Juvenile court ages and transfer laws, by state',
    });
    expect(within(section).getByText('Synthetic demo data')).toBeVisible();
  });

  it('compares statutes of limitation, unknown where there is no data', async () => {
    const user = userEvent.setup();
    serveFullSummaries();
    renderApp('/goals/4.6?year=2022');
    const frame = await chartFrame('Statutes of limitation');
    expect(
      within(frame).getByRole('link', {
        name: /^CT, ∞: Connecticut: criminal statute of limitation: no time limit/,
      }),
    ).toBeInTheDocument();
    expect(
      within(frame).getByRole('link', {
        name: /^TX, \?: Texas: criminal statute of limitation: unknown/,
      }),
    ).toBeInTheDocument();
    await user.click(within(frame).getByRole('button', { name: 'Civil' }));
    expect(
      within(frame).getByRole('link', {
        name: /^CT, 30y: Connecticut: civil statute of limitation: 30 years from age 21/,
      }),
    ).toBeInTheDocument();
    await user.click(within(frame).getByRole('button', { name: 'Table' }));
    const ct = within(frame).getByRole('row', { name: /^Connecticut/ });
    expect(ct).toHaveTextContent('No time limit (child sex trafficking and CSEC offenses)');
    expect(ct).toHaveTextContent('30 years from age 21');
    expect(within(frame).getByRole('row', { name: /^Texas/ })).toHaveTextContent(
      'UnknownUnknownNo data',
    );
  });

  it('compares victim protections as words and glyphs', async () => {
    const user = userEvent.setup();
    serveFullSummaries();
    renderApp('/goals/5.3?year=2022');
    const frame = await chartFrame('Victim protections in court');
    expect(
      within(frame).getByRole('link', { name: 'CT, 1/3: Connecticut: 1 of 3 in law' }),
    ).toBeInTheDocument();
    await user.click(within(frame).getByRole('button', { name: 'Table' }));
    const ct = within(frame).getByRole('row', { name: /^Connecticut/ });
    expect(ct).toHaveTextContent('✓ Yes✕ No✕ No1 of 3 in lawReport');
    expect(within(frame).getByRole('row', { name: /^Ohio/ })).toHaveTextContent('? Unknown');
  });

  /** The framework file with its kinds of fact on other goals than the bundled data's. */
  function serveMovedFacts() {
    serveFullSummaries();
    const path = frameworkPath('shared-hope-2022');
    const moved = withFactGoals(fixture(path) as Framework, {
      juvenileJurisdiction: '1.1',
      statuteOfLimitations: '2.9',
      victimProtections: null,
    });
    server.use(http.get(dataPath(path), () => HttpResponse.json(moved)));
  }

  it('draws the age comparison on the goal the framework file names for it', async () => {
    const user = userEvent.setup();
    serveMovedFacts();
    renderApp('/goals/1.1?year=2022');
    const ages = await chartFrame('Ages of juvenile court jurisdiction');
    await user.click(within(ages).getByRole('button', { name: 'Name' }));
    expect(currentUrl()).toBe('/goals/1.1?year=2022&sort=name');
    expect(
      screen.getByRole('region', { name: 'Juvenile court ages and transfer laws, by state' }),
    ).toBeInTheDocument();
    const status = screen.getByRole('figure', { name: /Goal 1\.1: status by state/ });
    await user.click(within(status).getByRole('button', { name: 'Table' }));
    expect(
      within(status).getByRole('columnheader', { name: 'Juvenile court ages' }),
    ).toBeInTheDocument();
  });

  it('draws no comparison on a goal the framework file gives no facts', async () => {
    const user = userEvent.setup();
    serveMovedFacts();
    const { unmount } = renderApp('/goals/2.9?year=2022');
    expect(await chartFrame('Statutes of limitation')).toBeInTheDocument();
    expect(
      screen.queryByRole('figure', { name: 'Ages of juvenile court jurisdiction' }),
    ).not.toBeInTheDocument();
    const status = screen.getByRole('figure', { name: /Goal 2\.9: status by state/ });
    await user.click(within(status).getByRole('button', { name: 'Table' }));
    expect(
      within(status).queryByRole('columnheader', { name: 'Juvenile court ages' }),
    ).not.toBeInTheDocument();
    unmount();

    // A kind on no goal is compared nowhere: goal 5.3 has its status map alone.
    renderApp('/goals/5.3?year=2022');
    expect(await chartFrame(/Goal 5\.3: status by state/)).toBeInTheDocument();
    expect(
      screen.queryByRole('figure', { name: 'Victim protections in court' }),
    ).not.toBeInTheDocument();
  });
});
