import type { ReactNode } from 'react';

export const SOURCE_CREDIT =
  'Shared Hope International, Report Cards on Child & Youth Sex Trafficking';
export const SOURCE_URL = 'https://reportcards.sharedhope.org/';

/** The chrome around every full-page view: header, main content, footer with the source credit. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <a className="site-header__brand" href={import.meta.env.BASE_URL}>
          Statewise
        </a>
        <span className="site-header__tagline">State laws against policy frameworks</span>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Data source: <a href={SOURCE_URL}>{SOURCE_CREDIT}</a>. Coverage scores and the synthetic
          demo data are this project’s own, not Shared Hope’s.
        </p>
      </footer>
    </div>
  );
}
