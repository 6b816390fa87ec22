import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod';
import './global.css';

// The entry only decides what to load: an embed (`/embed/...`) never downloads the app's shell,
// routes or other views, and the app never downloads the embed's code. The test is inlined (not
// imported from the routes module) to keep this chunk tiny.
const container = document.getElementById('root');
if (!container) throw new Error('Statewise: the page has no #root element.');

function mount(Root: ComponentType): void {
  createRoot(container!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}

// Keep the two branches different statements: the minifier folded two alike dynamic imports into
// one call that preloaded the app's chunks for both (tests/e2e/embed.spec.ts checks it).
if (/^\/embed(\/|$)/.test(window.location.pathname)) {
  // Embeds must run under a Content-Security-Policy without 'unsafe-eval': zod's fast path
  // compiles parsers with `new Function`, probing for it when a schema is built (a probe a strict
  // policy reports), so it is turned off before any schema module runs. The data files are small.
  zodConfig({ jitless: true });
  void import('./embed-app').then((m) => mount(m.EmbedApp));
} else {
  void import('./app').then((m) => mount(m.App));
}
