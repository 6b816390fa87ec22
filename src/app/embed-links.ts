import { useEffect } from 'react';
import { isEmbedPath } from '@/domain/url/routes';

/**
 * Links in an embed that lead out of it (a state's report, the full view) open in a new tab:
 * the reader stays on the host's page, and the app never loads inside a small iframe. The views'
 * links navigate in place, so the click is taken before React sees it (a capturing listener on
 * the window); a default prevented here makes the router's Link leave it alone.
 */
export function useLinksLeaveTheEmbed(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const anchor = target?.closest('a[href]');
      if (!(anchor instanceof HTMLAnchorElement)) return;
      if (anchor.target && anchor.target !== '_self') return;
      // A file the embed hands the browser (a CSV from "Get the data") is a download, not a page.
      if (anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin === window.location.origin && isEmbedPath(url.pathname)) return;
      event.preventDefault();
      window.open(url.href, '_blank', 'noopener');
    };
    window.addEventListener('click', onClick, true);
    return () => window.removeEventListener('click', onClick, true);
  }, []);
}
