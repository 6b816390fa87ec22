import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('State page: facts from other sources', () => {
  it('shows the state’s fact-set value with whose reading it is and as of when', async () => {
    renderApp('/states/CT?year=2022');
    const section = await screen.findByRole('region', { name: 'Facts from other sources' });
    const block = await within(section).findByRole('heading', {
      name: 'Civil statute of limitations for child sex trafficking claims',
    });
    const set = block.parentElement as HTMLElement;
    expect(within(set).getByText('Until age 51')).toBeVisible();
    expect(set).toHaveTextContent('Medium confidence');
    expect(set).toHaveTextContent(
      'As reported by CHILD USA state pages, about 2024 (latest legislation cited 2023)',
    );
    expect(within(set).getByRole('link', { name: 'Source for this row' })).toHaveAttribute(
      'href',
      'https://childusa.org/law/connecticut/sex-abuse-sol/',
    );
    expect(within(set).getByRole('link', { name: 'All states on goal 4.6' })).toBeInTheDocument();
    expect(section).toHaveTextContent('do not change any goal’s status');
  });

  it('marks low confidence and says unknown for an unresolved state without a report file', async () => {
    renderApp('/states/NC?year=2022');
    const section = await screen.findByRole('region', { name: 'Facts from other sources' });
    expect(await within(section).findByText('Unknown (unresolved)')).toBeVisible();
    expect(within(section).getByText('⚠ Low confidence')).toBeVisible();
  });
});
