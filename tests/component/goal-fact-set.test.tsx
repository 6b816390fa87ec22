import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, summaryPath } from '@/api/data-url';
import realSummary from '../../mocks/fixtures/goal-real-2022-summary.json';
import { server } from '../../mocks/node';
import { renderApp } from './render-app';

const TITLE = 'Civil statute of limitations for child sex trafficking claims';

function serveFullSummary() {
  server.use(http.get(dataPath(summaryPath('real', 2022)), () => HttpResponse.json(realSummary)));
}

describe('Goal 4.6: the civil limitation fact set', () => {
  it('draws every jurisdiction’s class with the set’s source and as-of, beside the report', async () => {
    serveFullSummary();
    renderApp('/goals/4.6?year=2022');
    const frame = await screen.findByRole('figure', { name: TITLE });
    // Whose reading and as of when, from the fact set file.
    expect(
      within(frame).getByText(
        /^As reported by CHILD USA state pages, about 2024 \(latest legislation cited 2023\) · a reference fact/,
      ),
    ).toBeVisible();
    expect(
      within(frame).getByText(/^Source: CHILD USA state pages.*not verified as current law/),
    ).toBeVisible();
    // Connecticut's class; no limit as its own class; unresolved is unknown.
    expect(
      within(frame).getByRole('link', {
        name: /^CT, 51: Connecticut: civil limitation until age 51/,
      }),
    ).toBeInTheDocument();
    expect(
      within(frame).getByRole('link', { name: /^IL, ∞: Illinois: civil limitation no limit/ }),
    ).toBeInTheDocument();
    expect(
      within(frame).getByRole('link', {
        name: /^NC, \?: North Carolina: civil limitation unknown \(unresolved\), low confidence/,
      }),
    ).toBeInTheDocument();
    // The report and the fact set both give Connecticut a value: both shown, and that they agree.
    expect(
      within(within(frame).getByRole('list', { name: 'The report and the fact set' })).getByText(
        /Agree: the report says 30 years from age 21 \(until age 51\); the fact set says until age 51\./,
      ),
    ).toBeVisible();
    // The status map is the report's alone: Connecticut's status there is unchanged by the set.
    expect(screen.getByRole('figure', { name: /Goal 4\.6: status by state/ })).toBeInTheDocument();
    expect(within(frame).getByText(/does not change any goal’s status/)).toBeInTheDocument();
  });

  it('lists the set in a table with low confidence and notes visible, filtered and sorted by kind', async () => {
    const user = userEvent.setup();
    serveFullSummary();
    renderApp('/goals/4.6?year=2022');
    const region = await screen.findByRole('region', { name: `${TITLE}: every jurisdiction` });
    const table = within(region).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(52);
    const wa = within(table).getByRole('row', { name: /^Washington/ });
    expect(wa).toHaveTextContent('Until age 21');
    expect(within(wa).getByText('⚠ Low')).toBeVisible();
    expect(wa).toHaveTextContent(/LIKELY STALE/);
    expect(within(table).getByRole('row', { name: /^Connecticut/ })).toHaveTextContent(
      /Agree: the report says 30 years from age 21/,
    );

    await user.click(within(region).getByRole('button', { name: 'Unknown (5)' }));
    const names = within(within(region).getByRole('table'))
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(names).toEqual([
      'Alabama',
      'District of Columbia',
      'North Carolina',
      'Oregon',
      'South Carolina',
    ]);
    expect(within(region).getByText(/^5 of 51 jurisdictions \(unknown\)/)).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: 'Until an age (32)' }));
    const ages = within(within(region).getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]?.textContent);
    expect(ages[0]).toBe('Until age 55');
    expect(ages.at(-1)).toBe('Until age 19');

    await user.click(within(region).getByRole('button', { name: 'State' }));
    const byName = within(within(region).getByRole('table'))
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(byName.slice(0, 2)).toEqual(['California', 'Connecticut']);
  });
});
