import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '@/app/app';
import { AppShell } from '@/app/app-shell';
import { ContentErrorBoundary } from '@/app/content-error-boundary';
import { createQueryClient } from '@/app/query-client';

function Broken(): never {
  throw new Error('render fault');
}

describe('App', () => {
  it('renders the overview inside the shell once the manifest has loaded', async () => {
    window.history.replaceState(null, '', '/');
    render(<App queryClient={createQueryClient({ retry: false })} />);
    expect(screen.getByRole('banner')).toHaveTextContent('Statewise');
    expect(await screen.findByRole('combobox', { name: 'Edition' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    // The credit is the framework's, which arrives after the view is drawn.
    await waitFor(() =>
      expect(screen.getByRole('contentinfo')).toHaveTextContent(
        'Shared Hope International, Report Cards on Child & Youth Sex Trafficking',
      ),
    );
  });

  it('contains a rendering fault in the content area', () => {
    // React and the boundary log the caught error; keep the test output clean.
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <AppShell>
        <ContentErrorBoundary>
          <Broken />
        </ContentErrorBoundary>
      </AppShell>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    log.mockRestore();
  });
});
