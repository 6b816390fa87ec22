import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, MANIFEST_PATH } from '@/api/data-url';
import { AppShell } from '@/app/app-shell';
import { HomePage } from '@/features/home/home-page';
import { fixture } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { renderWithProviders } from './render-with-providers';

const manifestUrl = dataPath(MANIFEST_PATH);

function renderHome(options: { timeoutMs?: number } = {}) {
  return renderWithProviders(
    <AppShell>
      <HomePage />
    </AppShell>,
    options,
  );
}

function serveManifest(resolver: Parameters<typeof http.get>[1]) {
  server.use(http.get(manifestUrl, resolver));
}

describe('HomePage', () => {
  it('shows a loading skeleton, then each dataset with its editions', async () => {
    renderHome();

    expect(screen.getByRole('status', { name: /loading the list of datasets/i })).toHaveAttribute(
      'aria-busy',
      'true',
    );

    const real = await screen.findByRole('article', { name: /report data/i });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Statewise' })).toBeInTheDocument();

    const rows = within(real).getAllByRole('row');
    // Header row, 2021, 2022.
    expect(rows).toHaveLength(3);
    const row2022 = within(real).getByRole('row', { name: /^2022/ });
    const cells = within(row2022)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(['3 of 51', '1 of 51', '1 of 51', 'August 1, 2022']);
    expect(within(row2022).getByText('August 1, 2022')).toHaveAttribute('datetime', '2022-08-01');
    const row2021 = within(real).getByRole('row', { name: /^2021/ });
    expect(within(row2021).getByText('No evaluated laws')).toBeInTheDocument();

    const demo = screen.getByRole('article', { name: /synthetic demo data/i });
    expect(within(demo).getByRole('row', { name: /^2022/ })).toHaveTextContent(
      'July 1, 2022, August 1, 2022',
    );
  });

  it('labels the demo dataset visibly as synthetic, and only the demo dataset', async () => {
    renderHome();

    const demo = await screen.findByRole('article', { name: /synthetic demo data/i });
    const mark = within(demo).getByText(/does not describe any state’s real law/);
    expect(mark).toBeVisible();
    expect(mark).toHaveTextContent(/^Synthetic demo data Generated for development/);

    const real = screen.getByRole('article', { name: /report data/i });
    expect(within(real).queryByText(/synthetic/i)).not.toBeInTheDocument();
  });

  it('marks a synthetic dataset whatever its label says', async () => {
    const manifest = fixture(MANIFEST_PATH) as { datasets: { label: string }[] };
    manifest.datasets[1]!.label = 'Demo dataset';
    serveManifest(() => HttpResponse.json(manifest));
    renderHome();

    const demo = await screen.findByRole('article', { name: 'Demo dataset' });
    expect(within(demo).getByText('Synthetic demo data')).toBeVisible();
  });

  it('says so when no dataset has been published', async () => {
    serveManifest(() => HttpResponse.json({ ...(fixture(MANIFEST_PATH) as object), datasets: [] }));
    renderHome();

    expect(await screen.findByText('No datasets have been published yet.')).toBeInTheDocument();
  });

  const faults: {
    name: string;
    resolver: Parameters<typeof http.get>[1];
    message: RegExp;
  }[] = [
    {
      name: 'a missing manifest (404)',
      resolver: () => new HttpResponse('Not found', { status: 404 }),
      message: /the data manifest could not be loaded: the file was not found \(404\)/i,
    },
    {
      name: 'a server error (500)',
      resolver: () => new HttpResponse('Oops', { status: 500 }),
      message: /the data manifest could not be loaded: the server answered 500/i,
    },
    {
      name: 'a body that is not JSON',
      resolver: () => HttpResponse.text('{"schemaVersion": 1, "datasets": [', { status: 200 }),
      message: /the data manifest could not be loaded: the file is not valid JSON/i,
    },
    {
      name: 'an HTML page instead of JSON',
      resolver: () => HttpResponse.html('<!doctype html><html><body>App</body></html>'),
      message: /the data manifest could not be loaded: the server sent a web page instead of JSON/i,
    },
    {
      name: 'an empty body',
      resolver: () => new HttpResponse('', { status: 200 }),
      message: /the data manifest could not be loaded: the file is empty/i,
    },
    {
      name: 'a schema violation',
      resolver: () => {
        const manifest = fixture(MANIFEST_PATH) as { datasets: { label: unknown }[] };
        manifest.datasets[0]!.label = 42;
        return HttpResponse.json(manifest);
      },
      message:
        /the data manifest could not be loaded: the file does not match the expected format \(datasets\[0\]\.label:/i,
    },
    {
      name: 'an unknown schemaVersion',
      resolver: () => HttpResponse.json({ schemaVersion: 99, whatever: 'new format' }),
      message:
        /the data manifest could not be loaded: it is in data format version 99, and this app reads version 1/i,
    },
  ];

  it.each(faults)('shows an error naming the manifest for $name', async ({ resolver, message }) => {
    serveManifest(resolver);
    renderHome();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(
      within(alert).getByRole('heading', { name: 'The list of datasets could not be loaded' }),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows an error naming the manifest when the server does not answer in time', async () => {
    serveManifest(async () => {
      await delay('infinite');
      return HttpResponse.json(fixture(MANIFEST_PATH));
    });
    renderHome({ timeoutMs: 50 });

    expect(screen.getByRole('status', { name: /loading/i })).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /the data manifest could not be loaded: the server did not answer within 50 ms/i,
    );
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows the data after Retry once the fault is fixed', async () => {
    const user = userEvent.setup();
    let healthy = false;
    serveManifest(() =>
      healthy
        ? HttpResponse.json(fixture(MANIFEST_PATH))
        : new HttpResponse('Unavailable', { status: 503 }),
    );
    renderHome();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/the server answered 503/);

    healthy = true;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('article', { name: /report data/i })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the header and footer when the manifest fails', async () => {
    serveManifest(() => new HttpResponse(null, { status: 500 }));
    renderHome();

    await screen.findByRole('alert');
    expect(screen.getByRole('banner')).toHaveTextContent('Statewise');
    const footer = screen.getByRole('contentinfo');
    expect(
      within(footer).getByRole('link', {
        name: 'Shared Hope International, Report Cards on Child & Youth Sex Trafficking',
      }),
    ).toHaveAttribute('href', 'https://reportcards.sharedhope.org/');
    expect(screen.getByRole('heading', { level: 1, name: 'Statewise' })).toBeInTheDocument();
  });
});
