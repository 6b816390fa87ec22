import { useId, useState } from 'react';
import { exportCitation } from '@/domain/export/citation';
import { exportFileName } from '@/domain/export/name';
import type { ExportSpec } from '@/domain/export/spec';
import { isoDateOf } from '@/domain/format/dates';
import { copyText } from './share-clipboard';
import './embed-data-panel.css';

export interface EmbedDataPanelProps {
  /** What the chart shown exports (null until it has drawn) */
  spec: ExportSpec | null;
  /** The view's pinned share link: the citation's link, and the files' */
  shareLink: string;
  /** The full view with its Cite popover open (more formats, BibTeX) */
  citeHref: string;
}

/**
 * An embed's "Get the data": a disclosure (a native one, so it works with any keyboard and screen
 * reader) with the CSV of exactly what the chart shows, its citation and a Copy button, and a link
 * to the full view with its Cite control open. A host that sandboxes the iframe without
 * `allow-downloads` blocks the download: the link (a new tab) and the citation (text) still work.
 */
export function EmbedDataPanel({ spec, shareLink, citeHref }: EmbedDataPanelProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const today = isoDateOf(new Date());
  const ctx = { url: shareLink, retrieved: today, shareLink };
  const citation = open && spec ? exportCitation(spec.meta, ctx) : null;
  const csvName = spec ? exportFileName(spec.fileStem, 'csv') : null;

  const download = async () => {
    if (!spec) return;
    setBusy(true);
    setError(null);
    setStatus('Preparing the CSV file…');
    try {
      const { downloadExport } = await import('./export-download');
      const fileName = await downloadExport('csv', spec, ctx);
      setStatus(`Downloaded ${fileName}`);
    } catch (err) {
      setStatus('');
      setError(
        `The CSV file could not be made${err instanceof Error && err.message ? `: ${err.message}` : '.'}`,
      );
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!citation) return;
    if (await copyText(citation.text)) setStatus('Citation copied');
    else {
      setStatus('Copying was not allowed here: the citation is selected, copy it with Ctrl+C.');
      const text = document.getElementById(`${id}-reference`);
      const selection = window.getSelection();
      if (text && selection) selection.selectAllChildren(text);
    }
  };

  return (
    <details className="embed-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="embed-data__summary">Get the data</summary>
      <div className="embed-data__body">
        <div className="embed-data__row">
          <button
            type="button"
            className="tool-button embed-data__download"
            onClick={() => void download()}
            disabled={!spec || busy}
            aria-busy={busy || undefined}
            aria-describedby={`${id}-csv`}
          >
            Download CSV
          </button>
          <span id={`${id}-csv`} className="embed-data__detail">
            {csvName
              ? `${csvName}: the rows this chart shows, a header row first`
              : 'The chart is loading…'}
            {spec?.meta.synthetic ? '; every row marked as synthetic demo data' : ''}
          </span>
        </div>
        <p id={`${id}-cite`} className="embed-data__label">
          Cite
        </p>
        <p id={`${id}-reference`} className="embed-data__reference" aria-labelledby={`${id}-cite`}>
          {citation?.text ?? ''}
        </p>
        <div className="embed-data__row">
          <button
            type="button"
            className="tool-button"
            onClick={() => void copy()}
            disabled={!citation}
          >
            Copy citation
          </button>
          <a href={citeHref} target="_blank" rel="noopener" className="embed-data__more">
            JSON, ZIP and BibTeX on Statewise
            <span className="visually-hidden"> (opens in a new tab)</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        </div>
        <p aria-live="polite" className="embed-data__status">
          {status}
        </p>
        {error ? (
          <p className="embed-data__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </details>
  );
}
