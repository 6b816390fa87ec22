import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataPath, stateEvaluationPath, summaryPath } from '@/api/data-url';
import heatmapCt from '../../mocks/fixtures/heatmap-real-2022-ct.json';
import heatmapSummary from '../../mocks/fixtures/heatmap-real-2022-summary.json';
import { server } from '../../mocks/node';
import { renderApp } from './render-app';

/** A phone: the narrow media query matches (jsdom has no matchMedia of its own). */
function asPhone() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('max-width: 40rem'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

describe('Heatmap filters on a phone', () => {
  beforeEach(() => {
    asPhone();
    server.use(
      http.get(dataPath(summaryPath('real', 2022)), () => HttpResponse.json(heatmapSummary)),
      http.get(dataPath(stateEvaluationPath('real', 2022, 'CT')), () =>
        HttpResponse.json(heatmapCt),
      ),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('fold into one line saying what they are, which opens them', async () => {
    const user = userEvent.setup();
    renderApp('/heatmap?year=2022&goals=1.1~1.2~2.9');
    const toggle = await screen.findByRole('button', {
      name: 'Filters: All issue areas · goals 1.1, 1.2, 2.9 · all statuses · all states',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Issue areas' })).not.toBeInTheDocument();
    // The chart is not folded away with them.
    expect(
      await screen.findByRole('grid', { name: 'Policy goals met, by state' }, { timeout: 10_000 }),
    ).toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Issue areas' })).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: /Not evaluated/ }));
    expect(
      screen.getByRole('button', {
        name: /^Filters: .* · meets, partly meets, does not meet · all states$/,
      }),
    ).toBeInTheDocument();
  });
});
