import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderApp } from './render-app';

describe('app routing and the URL', () => {
  it('opens a deep link on the view it names', async () => {
    renderApp('/heatmap?year=2022');
    expect(
      await screen.findByRole('link', { name: 'Heatmap', current: 'page' }),
    ).toBeInTheDocument();
  });

  it('drops unknown and invalid parameters and rewrites the URL to its clean form', async () => {
    renderApp('/heatmap?states=ct~ZZ~MA~ct&year=1850&bogus=1&measure=<script>&diff=1');
    await waitFor(() => expect(currentUrl()).toBe('/heatmap?states=CT~MA&diff=1'));
  });

  it('shows a clear not-found view for an unknown path, with a way back', async () => {
    renderApp('/states/ZZ');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toBeInTheDocument();
  });

  it('normalises a lower-case state code in the path', async () => {
    renderApp('/states/ct');
    await waitFor(() => expect(currentUrl()).toBe('/states/CT'));
  });

  it('switches to the demo dataset from the header and shows the synthetic banner', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const picker = await screen.findByRole('combobox', { name: 'Data' });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    await user.selectOptions(picker, 'demo');
    expect(await screen.findByRole('note')).toHaveTextContent(/Synthetic demo data/);
    expect(currentUrl()).toContain('dataset=demo');
  });

  it('keeps the dataset and edition when moving between views', async () => {
    const user = userEvent.setup();
    renderApp('/?dataset=demo&year=2022');
    await screen.findByRole('combobox', { name: 'Edition' });
    await user.click(screen.getByRole('link', { name: 'Scores' }));
    expect(currentUrl()).toBe('/scores?dataset=demo&year=2022');
    window.history.back();
    await waitFor(() => expect(currentUrl()).toBe('/?dataset=demo&year=2022'));
  });
});
