import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app (docs/csp.md): scripts, styles and data only from
 * our own origin; no inline script and no eval anywhere. No frame-ancestors (a <meta> policy
 * cannot carry it anyway): embeds must stay framable by any site.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Build only: the dev server injects inline scripts (React refresh) that this policy would block.
// The policy goes right after <meta charset>, before any script or style it governs.
function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'statewise-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(charset)) {
          throw new Error(`statewise-csp: index.html has no ${charset} to put the policy after`);
        }
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        return html.replace(charset, `${charset}\n    ${meta}`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: { sourcemap: true },
  // `vite preview` serves the built app as a host would: with the policy as a header too.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
