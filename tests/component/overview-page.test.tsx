import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, summaryPath } from '@/api/data-url';
import { evaluationQueryKey } from '@/api/evaluation-query';
import { fixture } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { currentUrl, renderApp } from './render-app';

async function findMap(name: RegExp | string = /by state\. Map of the states/) {
  return screen.findByRole('group', { name });
}

function tile(map: HTMLElement, name: RegExp) {
  return within(map).getByRole('link', { name });
}

describe('overview page', () => {
  it('draws all 51 states as named tiles, unknown ones labelled as no data', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: /state by state/ }),
    ).toBeInTheDocument();
    const map = await findMap();
    expect(within(map).getAllByRole('link')).toHaveLength(51);
    // The report fixture opens on juvenile court ages: the measure the most states have.
    expect(tile(map, /^CT, 10: Connecticut: minimum juvenile court age 10$/)).toHaveAttribute(
      'href',
      '/states/CT',
    );
    expect(tile(map, /^NY, 12: New York: minimum juvenile court age 12$/)).toBeInTheDocument();
    expect(
      tile(
        map,
        /^MA: Massachusetts: minimum juvenile court age no data \(no juvenile court age data/,
      ),
    ).toHaveClass('tile--no-data');
    expect(tile(map, /^AL: Alabama: .*no data \(no data file for this state/)).toHaveClass(
      'tile--no-data',
    );
  });

  it('changes the measure through the URL, and the legend says what no data means', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await findMap();
    await user.click(screen.getByRole('button', { name: 'Coverage score' }));
    expect(currentUrl()).toBe('/?measure=score');
    expect(screen.getByRole('button', { name: 'Coverage score' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    const legend = screen.getByRole('group', { name: 'Legend: Coverage score' });
    expect(legend).toHaveTextContent('Not evaluated in this dataset');
    expect(legend).toHaveTextContent('No data');
    const map = await findMap(
      'Coverage score by state. Map of the states; use the arrow keys to move between states.',
    );
    expect(
      tile(
        map,
        /^CT, 50\.0: Connecticut: coverage score 50\.0 of 100 \(2 of 40 goals evaluated\)$/,
      ),
    ).toBeInTheDocument();
    expect(
      tile(map, /^MA: Massachusetts: coverage score no data \(not evaluated in this dataset\)$/),
    ).toHaveClass('tile--no-data');
    expect(screen.getByText(/Only Connecticut has a coverage score/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Published grade' }));
    expect(currentUrl()).toBe('/?measure=grade');
    expect(screen.getByRole('group', { name: 'Legend: Published grade' })).toHaveTextContent(
      'No grade published in the sources we have',
    );
    expect(
      tile(await findMap(), /^MA, F: Massachusetts: published grade F \(high confidence\)$/),
    ).toBeInTheDocument();

    // Back returns to the previous measure: each choice is a history entry.
    act(() => window.history.back());
    await waitFor(() => expect(currentUrl()).toBe('/?measure=score'));
  });

  it('shows "no statutory minimum" as its own value, not as no data', async () => {
    server.use(
      http.get(dataPath(summaryPath('real', 2022)), () => {
        const summary = fixture(summaryPath('real', 2022)) as {
          states: {
            code: string;
            facts?: { referenceJuvenileJurisdiction?: { minAge: number | null } };
          }[];
        };
        const ny = summary.states.find((s) => s.code === 'NY')!;
        ny.facts!.referenceJuvenileJurisdiction!.minAge = null;
        return HttpResponse.json(summary);
      }),
    );
    renderApp('/?measure=min-age');
    const map = await findMap();
    const ny = tile(
      map,
      /^NY, none: New York: minimum juvenile court age none: no statutory minimum age$/,
    );
    expect(ny).not.toHaveClass('tile--no-data');
    expect(ny).toHaveTextContent('none');
    const legend = screen.getByRole('group', { name: 'Legend: Minimum juvenile court age' });
    expect(legend).toHaveTextContent(
      /none: No statutory minimum age: a known value, not missing data \(1/,
    );
  });

  it('picks a goal for the status measure', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await findMap();
    await user.click(screen.getByRole('button', { name: 'One goal’s status' }));
    expect(currentUrl()).toBe('/?measure=status:1.1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Goal' }), '1.2');
    expect(currentUrl()).toBe('/?measure=status:1.2');
    expect(screen.getByRole('group', { name: 'Legend: Goal 1.2 status' })).toBeInTheDocument();
    const map = await findMap();
    expect(tile(map, /^CT, ✓: Connecticut: goal 1\.2 status meets$/)).toHaveTextContent('✓');
    expect(tile(map, /^NY, \?: New York: goal 1\.2 status no data/)).toHaveTextContent('?');
  });

  it('shows a tooltip with the state’s values on focus, and prefetches its evaluation', async () => {
    const { queryClient } = renderApp('/?measure=score');
    const map = await findMap();
    const ct = tile(map, /^CT(, [^:]+)?: Connecticut:/);
    expect(ct).toHaveAttribute('tabindex', '0');
    act(() => ct.focus());
    const tip = await screen.findByRole('status', { name: '' });
    expect(tip).toHaveTextContent('Connecticut');
    expect(tip).toHaveTextContent('Coverage score50.0 of 100');
    expect(tip).toHaveTextContent('Goals evaluated2 of 40');
    expect(tip).toHaveTextContent('Published gradenone in the sources we have');
    expect(tip).toHaveTextContent('Laws as ofAugust 1, 2022');
    await waitFor(() =>
      expect(queryClient.getQueryState(evaluationQueryKey('real', 2022, 'CT'))?.status).toBe(
        'success',
      ),
    );
  });

  it('opens a state’s report from its tile', async () => {
    const user = userEvent.setup();
    renderApp('/?measure=score');
    const map = await findMap();
    await user.click(tile(map, /^CT(, [^:]+)?: Connecticut:/));
    expect(currentUrl()).toBe('/states/CT');
  });

  it('ranks the states beside the map, linking a hovered state to its tile', async () => {
    const user = userEvent.setup();
    renderApp('/?dataset=demo&year=2022&measure=grade');
    const ranking = await screen.findByRole('figure', { name: 'States by published grade' });
    expect(within(ranking).getByText('Grade B')).toBeInTheDocument();
    const ny = within(ranking).getByRole('link', { name: 'New York (NY)' });
    await user.hover(ny);
    const map = await findMap();
    expect(tile(map, /^NY(, [^:]+)?: New York:/)).toHaveClass('tile--highlighted');
    await user.unhover(ny);
    await waitFor(() =>
      expect(tile(map, /^NY(, [^:]+)?: New York:/)).not.toHaveClass('tile--highlighted'),
    );
  });

  it('has a table of all 51 states as the map’s alternative', async () => {
    const user = userEvent.setup();
    renderApp('/?measure=score');
    const frame = await screen.findByRole('figure', { name: 'Coverage score by state' });
    await user.click(within(frame).getByRole('button', { name: 'Table' }));
    const table = within(frame).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(52);
    const ct = within(table).getByRole('row', { name: /^Connecticut/ });
    expect(ct).toHaveTextContent('50.0 of 100');
    expect(within(table).getByRole('row', { name: /^Massachusetts/ })).toHaveTextContent(
      /no data.*F, high confidence/,
    );
  });

  it('says what the data covers, plainly', async () => {
    renderApp('/');
    const panel = await screen.findByRole('region', { name: 'What this data covers' });
    expect(panel).toHaveTextContent('States evaluated goal by goal, 20221 of 51');
    expect(panel).toHaveTextContent(
      /Connecticut \(2 of 40 goals\) is partly evaluated\. Juvenile court ages for 1 state come/,
    );
    expect(panel).toHaveTextContent(
      /Published grades, 20221 of 51: 1 named in the sources, 0 inferred/,
    );
  });

  it('marks every chart of the demo data as synthetic, opening on the coverage score', async () => {
    renderApp('/?dataset=demo');
    const frame = await screen.findByRole('figure', { name: 'Coverage score by state' });
    expect(within(frame).getByText('Synthetic demo data')).toBeInTheDocument();
    expect(within(frame).getByText(/^Source: synthetic demo data/)).toBeInTheDocument();
    const ranking = screen.getByRole('figure', { name: 'States ranked by coverage score' });
    expect(within(ranking).getByText('Synthetic demo data')).toBeInTheDocument();
    expect(currentUrl()).toBe('/?dataset=demo');
  });

  it('shows a skeleton of the final size while the summary loads', async () => {
    server.use(
      http.get(dataPath(summaryPath('real', 2022)), async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    renderApp('/');
    const skeleton = await screen.findByRole('status', {
      name: 'Loading the edition summary for 2022',
    });
    expect(skeleton).toHaveStyle({ height: '40rem' });
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Colour the map by' })).toBeInTheDocument();
  });

  it('shows a failed summary in its panel with a retry, while the header stays', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(dataPath(summaryPath('real', 2022)), () => new HttpResponse(null, { status: 500 })),
    );
    renderApp('/');
    const alert = await screen.findByRole('alert', {
      name: 'Could not load the edition summary for 2022',
    });
    expect(alert).toHaveTextContent('the server answered 500');
    expect(screen.getByRole('heading', { level: 1, name: /state by state/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Coverage score' })).toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await findMap()).toBeInTheDocument();
  });
});
