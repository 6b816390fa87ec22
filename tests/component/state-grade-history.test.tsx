import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

async function gradesTable(name: string) {
  return screen.findByRole('table', { name: `Published grades of ${name} by edition` });
}

describe('State report: grade history across frameworks', () => {
  it('shows the earlier framework’s years apart, each value with its sources, gaps as gaps', async () => {
    renderApp('/states/NY?year=2022');
    const table = await gradesTable('New York');
    const earlier = await within(table).findByRole('rowheader', {
      name: 'Protected Innocence Challenge, 2011–2019: an earlier framework, not comparable with the report cards below',
    });
    expect(earlier).toBeInTheDocument();
    const row2016 = within(table).getByRole('row', { name: /^2016/ });
    expect(row2016).toHaveTextContent('D');
    expect(row2016).toHaveTextContent('grade D; high confidence');
    expect(within(row2016).getByRole('link', { name: /bangordailynews\.com/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/bangordailynews\.com\//),
    );
    const row2015 = within(table).getByRole('row', { name: /^2015/ });
    expect(row2015).toHaveTextContent('No published grade found in the sources for this year.');
    expect(
      within(table).getByRole('rowheader', {
        name: 'Between the frameworks: no edition found in the sources',
      }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^2020/ })).toHaveTextContent(
      'No published grade found',
    );
    expect(
      within(table).getByRole('rowheader', {
        name: 'Report Cards, 2021–: the framework of this report',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'New York’s grades over time, beside every other state’s' }),
    ).toHaveAttribute('href', '/grades?year=2022&states=NY');
  });

  it('marks an inferred earlier grade, and says so for every earlier year without a value', async () => {
    renderApp('/states/LA?year=2022');
    const table = await gradesTable('Louisiana');
    const row2011 = await within(table).findByRole('row', { name: /^2011/ });
    expect(row2011).toHaveTextContent('C*');
    expect(row2011).toHaveTextContent(
      'grade C, score 70 of 100; inferred from the sources, not named in them; high confidence',
    );
    expect(within(table).getByRole('row', { name: /^2015/ })).toHaveTextContent(
      'no grade given, score 99.5 of 102.5',
    );
    for (const year of [2012, 2016, 2019]) {
      expect(within(table).getByRole('row', { name: new RegExp(`^${year}`) })).toHaveTextContent(
        'No published grade found',
      );
    }
  });

  it('leaves the earlier framework out of the synthetic demo data’s report', async () => {
    renderApp('/states/CT?dataset=demo&year=2022');
    const table = await gradesTable('Connecticut');
    await within(table).findByRole('row', { name: /^2022/ });
    expect(within(table).queryByRole('row', { name: /^2011/ })).not.toBeInTheDocument();
    expect(within(table).queryByText(/Protected Innocence Challenge/)).not.toBeInTheDocument();
  });
});
