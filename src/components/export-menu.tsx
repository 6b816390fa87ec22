import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { exportLink, type ExportContext, type ExportSpec } from '@/domain/export/spec';
import { isoDateOf } from '@/domain/format/dates';
import type { ChartExportFormat } from './export-download';
import { useShareLink, type GetShareLink } from './share-context';
import './export-menu.css';

/**
 * The "Download" disclosure in a chart's toolbar: PNG, SVG, CSV, JSON and ZIP of what the chart
 * shows. The code that builds the files (SVG builders, CSV, fflate) is imported on first use, so
 * it stays off the page's critical path. Keyboard: the button opens the list; arrow keys move
 * between its buttons; Escape closes it and returns focus to the button.
 */
export interface ExportMenuProps {
  spec: ExportSpec;
  /** The chart's title, so each menu on a page has its own accessible name */
  title: string;
}

const FORMATS: readonly { format: ChartExportFormat; label: string; detail: string }[] = [
  { format: 'png', label: 'PNG', detail: 'image, 2× for print' },
  { format: 'svg', label: 'SVG', detail: 'vector image' },
  { format: 'csv', label: 'CSV', detail: 'the rows shown' },
  { format: 'json', label: 'JSON', detail: 'rows with metadata' },
  { format: 'zip', label: 'ZIP', detail: 'CSV, JSON and README' },
];

/** The links and the date written into the files; the citation takes the view's pinned link. */
async function exportContext(
  spec: ExportSpec,
  getShareLink: GetShareLink | null,
): Promise<ExportContext> {
  let shareLink: string | undefined;
  try {
    shareLink = getShareLink ? await getShareLink() : undefined;
  } catch {
    // Without it the citation gives the page's link: the file is still worth having.
  }
  return {
    url: exportLink(window.location.href, spec.meta.edition),
    retrieved: isoDateOf(new Date()),
    shareLink,
  };
}

export function ExportMenu({ spec, title }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ChartExportFormat | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const getShareLink = useShareLink();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // The list opens under the button towards the side with room: rightwards from a button at the
  // left of a phone's screen, leftwards from one at the right of a wide chart.
  const [align, setAlign] = useState<'start' | 'end'>('end');

  useLayoutEffect(() => {
    if (!open) return;
    const button = buttonRef.current?.getBoundingClientRect();
    const panel = panelRef.current?.getBoundingClientRect();
    if (!button || !panel) return;
    const room = document.documentElement.clientWidth || window.innerWidth;
    setAlign(
      button.left + panel.width <= room - 8 && button.right - panel.width < 8 ? 'start' : 'end',
    );
  }, [open]);

  // Closes on a pointer press outside (a click elsewhere on the page).
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  const items = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!open) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const list = items();
    if (list.length === 0) return;
    e.preventDefault();
    const i = list.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? list.length - 1
          : e.key === 'ArrowDown'
            ? (i + 1) % list.length
            : (i - 1 + list.length) % list.length;
    list[next]?.focus();
  };

  const run = async (format: ChartExportFormat) => {
    setBusy(format);
    setError(null);
    setStatus(`Preparing the ${format.toUpperCase()} file…`);
    try {
      const { downloadExport } = await import('./export-download');
      const fileName = await downloadExport(format, spec, await exportContext(spec, getShareLink));
      setStatus(`Downloaded ${fileName}`);
      close(true);
    } catch (err) {
      setStatus('');
      setError(
        `The ${format.toUpperCase()} file could not be made${err instanceof Error && err.message ? `: ${err.message}` : '.'}`,
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <div
      className="export-menu"
      ref={rootRef}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        // Tabbing out of the menu closes it, as leaving any disclosure popover should.
        if (open && !rootRef.current?.contains(e.relatedTarget as Node | null) && e.relatedTarget)
          setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="tool-button export-menu__button"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        // The visible word first (label in name), then which chart: a page has several menus.
        aria-label={`Download ${title}`}
        onClick={() => {
          setError(null);
          setOpen((o) => !o);
        }}
      >
        <span aria-hidden="true" className="export-menu__icon">
          ↓
        </span>
        Download
      </button>
      <div
        id={`${id}-list`}
        ref={panelRef}
        className={`export-menu__panel export-menu__panel--${align}`}
        role="group"
        aria-label={`Download ${title} as`}
        hidden={!open}
      >
        <ul ref={listRef} className="export-menu__list">
          {FORMATS.map(({ format, label, detail }) => (
            <li key={format}>
              <button
                type="button"
                className="export-menu__item"
                disabled={busy !== null}
                aria-busy={busy === format || undefined}
                onClick={() => void run(format)}
              >
                <span className="export-menu__format">{label}</span>{' '}
                <span className="export-menu__detail">
                  {busy === format ? 'preparing…' : detail}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {spec.meta.synthetic ? (
          <p className="export-menu__note">Files carry the synthetic demo data mark.</p>
        ) : null}
        {error ? (
          <p className="export-menu__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {/* A live region without role="status", so it never competes with a view's own status. */}
      <span className="visually-hidden export-menu__live" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
