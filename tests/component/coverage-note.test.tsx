import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

// The report fixture (mocks/fixtures/real-2022-summary.json): Connecticut with 2 of 40 goals
// evaluated, Massachusetts with a published grade, New York with reference juvenile court ages.
const LEAD = 'Only Connecticut (2 of 40 goals) is evaluated goal by goal in the 2022 report data.';
const DETAIL =
  'For the other 50 states this dataset holds reference facts (juvenile court ages and transfer laws, for 1) and published grades (for 1), not evaluations: their goals are shown as not evaluated.';

/** The note's box, found by its lead; it must come before the view's first control. */
async function coverageNote(firstControl: () => HTMLElement) {
  const lead = await screen.findByText(LEAD);
  const note = lead.closest('.coverage-note') as HTMLElement;
  expect(note).toHaveTextContent(`${LEAD} ${DETAIL}`);
  expect(
    note.compareDocumentPosition(firstControl()) & Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy();
  return note;
}

describe('what the report data covers, at the top of the views', () => {
  it('overview: before the measure picker, with a link to the same view on the demo data', async () => {
    renderApp('/');
    await coverageNote(() => screen.getByRole('group', { name: 'Colour the map by' }));
    expect(
      screen.getByRole('link', {
        name: 'See what a full map looks like, with synthetic demo data',
      }),
    ).toHaveAttribute('href', '/?dataset=demo&year=2022');
  });

  it('heatmap: before the filters; the demo link keeps the view’s goals and sort', async () => {
    renderApp('/heatmap?goals=2.9&sort=goal:2.9');
    await coverageNote(() => screen.getByRole('combobox', { name: 'Sort states by' }));
    expect(
      screen.getByRole('link', {
        name: 'See what a full heatmap looks like, with synthetic demo data',
      }),
    ).toHaveAttribute('href', '/heatmap?dataset=demo&year=2022&goals=2.9&sort=goal:2.9');
  });

  it('compare: before the state picker, with the chosen states or none', async () => {
    const { unmount } = renderApp('/compare?states=CT~MA');
    await coverageNote(() => screen.getByRole('combobox', { name: 'Add a state' }));
    expect(
      screen.getByRole('link', {
        name: 'See what a full comparison looks like, with synthetic demo data',
      }),
    ).toHaveAttribute('href', '/compare?dataset=demo&year=2022&states=CT~MA');
    unmount();
    renderApp('/compare');
    await coverageNote(() => screen.getByRole('combobox', { name: 'Add a state' }));
  });

  it('adds nothing on the demo data, which is marked synthetic already', async () => {
    for (const url of [
      '/heatmap?dataset=demo&year=2022',
      '/compare?dataset=demo&year=2022&states=CT~MA',
    ]) {
      const { unmount } = renderApp(url);
      expect(await screen.findAllByText('Synthetic demo data')).not.toHaveLength(0);
      expect(screen.queryByText(/evaluated goal by goal in the/)).not.toBeInTheDocument();
      expect(
        screen.queryByRole('link', { name: /looks like, with synthetic demo data/ }),
      ).toBeNull();
      unmount();
    }
  });
});
