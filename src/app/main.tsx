import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod/v4/core';
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

// The built app runs under a Content-Security-Policy without 'unsafe-eval' (docs/csp.md). Our
// schemas use zod/mini, which never compiles parsers; classic zod does (`new Function`, and a
// probe for it that a strict policy reports even though zod catches it). jitless keeps any such
// schema inside the policy, for the app and the embeds alike; it must run before schema modules.
zodConfig({ jitless: true });

// Keep the two branches different statements: the minifier folded two alike dynamic imports into
// one call that preloaded the app's chunks for both (tests/e2e/embed.spec.ts checks it).
if (/^\/embed(\/|$)/.test(window.location.pathname)) {
  void import('./embed-app').then((m) => mount(m.EmbedApp));
} else {
  void import('./app').then((m) => mount(m.App));
}
