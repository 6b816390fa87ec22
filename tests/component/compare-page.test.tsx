import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataPath, stateEvaluationPath } from '@/api/data-url';
import demoMa from '../../mocks/fixtures/compare-demo-2022-ma.json';
import demoNy from '../../mocks/fixtures/compare-demo-2022-ny.json';
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
    renderApp('/compare');
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare states' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Add a state' })).toBeInTheDocument();
    expect(screen.getByText('Pick at least 2 states to compare (0 chosen).')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Connecticut, Massachusetts, New York and Rhode Island' }),
    ).toHaveAttribute('href', '/compare?states=CT~MA~NY~RI');
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
    expect(within(table).getAllByRole('rowheader', { name: /^\d+\.\d+ / })).toHaveLength(36);
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
    expect(screen.getByRole('link', { name: 'Connecticut and Massachusetts' })).toHaveAttribute(
      'href',
      '/compare?dataset=demo&year=2022&states=CT~MA',
    );
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
});
