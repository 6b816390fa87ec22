import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, frameworkPath, MANIFEST_PATH } from '@/api/data-url';
import { ViewStateContext, type ViewStateContextValue } from '@/components/view-state';
import { DEFAULT_VIEW_STATE } from '@/domain/url/url-state';
import type { Manifest } from '@/domain/contract/summary-schema';
import { AboutPage } from '@/features/about/about-page';
import { fixture } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { renderApp } from './render-app';
import { renderWithProviders } from './render-with-providers';

describe('About page', () => {
  it('lists each dataset with its editions, from the manifest', async () => {
    renderApp('/about');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'About Statewise' }),
    ).toBeInTheDocument();
    const real = screen.getByRole('article', { name: 'Report data' });
    const rows = within(real).getAllByRole('row');
    // Header row, 2021, 2022.
    expect(rows).toHaveLength(3);
    const row2022 = within(real).getByRole('row', { name: /^2022/ });
    const cells = within(row2022)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(['3 of 51', '1 of 51', '1 of 51', 'August 1, 2022']);
    expect(within(row2022).getByText('August 1, 2022')).toHaveAttribute('datetime', '2022-08-01');
    expect(within(row2022).getByRole('link', { name: '2022' })).toHaveAttribute(
      'href',
      '/?year=2022',
    );
    const row2021 = within(real).getByRole('row', { name: /^2021/ });
    expect(within(row2021).getByText('No evaluated laws')).toBeInTheDocument();

    const demo = screen.getByRole('article', { name: 'Synthetic demo data' });
    expect(within(demo).getByRole('row', { name: /^2022/ })).toHaveTextContent(
      'July 1, 2022, August 1, 2022',
    );
  });

  it('labels the demo dataset visibly as synthetic, and only the demo dataset', async () => {
    renderApp('/about');
    const demo = await screen.findByRole('article', { name: 'Synthetic demo data' });
    const mark = within(demo).getByText(/does not describe any state’s real law/);
    expect(mark).toBeVisible();
    expect(mark).toHaveTextContent(/^Synthetic demo data Generated for development/);
    const real = screen.getByRole('article', { name: 'Report data' });
    expect(within(real).queryByText(/synthetic/i)).not.toBeInTheDocument();
  });

  it('marks a synthetic dataset whatever its label says', async () => {
    const manifest = fixture(MANIFEST_PATH) as { datasets: { label: string }[] };
    manifest.datasets[1]!.label = 'Demo dataset';
    server.use(http.get(dataPath(MANIFEST_PATH), () => HttpResponse.json(manifest)));
    renderApp('/about');
    const demo = await screen.findByRole('article', { name: 'Demo dataset' });
    expect(within(demo).getByText('Synthetic demo data')).toBeVisible();
  });

  it('says what the coverage score is and is not, from the framework', async () => {
    renderApp('/about');
    const section = await screen.findByRole('region', {
      name: 'The coverage score: what it is and is not',
    });
    expect(
      await within(section).findByText(
        /It is not Shared Hope's score, and no letter grade is derived from it/,
      ),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent('Credit per goal: meets 1, partly meets ½, does not meet 0');
    expect(section).toHaveTextContent(
      /Every goal weighs the same \(1\)\. This is this project's choice/,
    );
  });

  it('names where each part of the data comes from, with links', async () => {
    renderApp('/about');
    const section = await screen.findByRole('region', { name: 'Where the data comes from' });
    // The publisher is named from the framework, which arrives after the page is drawn.
    await waitFor(() =>
      expect(section).toHaveTextContent(
        /Connecticut, 2022 edition: complete, from Shared Hope’s Connecticut report/,
      ),
    );
    expect(section).toHaveTextContent(/OJJDP Statistical Briefing Book/);
    expect(section).toHaveTextContent(/2021 is complete for all 51 jurisdictions/);
    for (const link of within(section).getAllByRole('link', {
      name: /NCSL|Judicial waiver|NJJN/,
    })) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(screen.getByRole('region', { name: 'How statuses are set' })).toHaveTextContent(
      'A person then reviews every proposal',
    );
    expect(screen.getByRole('region', { name: 'Adding a state' })).toHaveTextContent('README');
  });

  it('shows a framework failure in the sections that need it, with a retry, and keeps the rest', async () => {
    const user = userEvent.setup();
    let healthy = false;
    const url = dataPath(frameworkPath('shared-hope-2022'));
    server.use(
      http.get(url, () =>
        healthy
          ? HttpResponse.json(fixture(frameworkPath('shared-hope-2022')))
          : new HttpResponse('Unavailable', { status: 503 }),
      ),
    );
    renderApp('/about');
    const score = await screen.findByRole('region', {
      name: 'The coverage score: what it is and is not',
    });
    const alert = await within(score).findByRole('alert');
    expect(alert).toHaveTextContent(/Could not load the policy framework/);
    expect(alert).toHaveTextContent(/the server answered 503/);
    expect(screen.getByRole('article', { name: 'Report data' })).toBeInTheDocument();

    healthy = true;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(score).findByText(/Credit per goal: meets 1/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when no dataset has been published', () => {
    const manifest: Manifest = { schemaVersion: 1, frameworks: [], datasets: [] };
    const value: ViewStateContextValue = {
      route: { view: 'about' },
      state: DEFAULT_VIEW_STATE,
      dataset: 'real',
      year: 2022,
      years: [],
      manifest,
      update: () => undefined,
      hrefFor: () => '/',
    };
    renderWithProviders(
      <ViewStateContext.Provider value={value}>
        <AboutPage />
      </ViewStateContext.Provider>,
    );
    expect(screen.getByText('No datasets have been published yet.')).toBeInTheDocument();
  });
});
