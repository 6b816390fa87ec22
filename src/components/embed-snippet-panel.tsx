import { ToolbarIcon } from './toolbar-icon';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { EmbedTheme } from '@/domain/url/embed-options';
import {
  DEFAULT_EMBED_HEIGHT,
  EMBED_THEMES,
  MAX_SNIPPET_HEIGHT,
  MIN_SNIPPET_HEIGHT,
  snippetHeight,
} from '@/domain/url/share-link';
import { copyText } from './share-clipboard';

export interface EmbedSnippetOptions {
  theme: EmbedTheme;
  height: number;
  /** Which chart of a view with several (the embed's `chart`); null for the view's default */
  chart: string | null;
}

/** One chart a view can embed, for the Embed control's choice. */
export interface EmbeddableChart {
  /** The embed's `chart` value; null for the default */
  chart: string | null;
  /** What the choice is called */
  label: string;
  /** The embed's title with this chart */
  title: string;
}

export interface EmbedControlProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The HTML to paste for the chosen options */
  snippet: (options: EmbedSnippetOptions) => string;
  /** The embed's own address, to preview it in a new tab */
  previewHref: (options: EmbedSnippetOptions) => string;
  /** What the embed shows (its title) */
  title: string;
  /** The charts to choose from, the default first, where the view has more than one */
  charts?: readonly EmbeddableChart[];
  /** Demo data: the embed carries the synthetic mark, and the panel says it cannot be removed */
  synthetic: boolean;
}

const THEME_LABELS: Record<EmbedTheme, string> = {
  auto: 'Auto (follows the reader’s system)',
  light: 'Light',
  dark: 'Dark',
};

/**
 * "Embed": a disclosure with the embed's options (the chart, where a view has several; theme,
 * height) and the HTML snippet to copy; the snippet, its title and the preview follow the choice.
 * The panel follows its button in the tab order; Escape closes it and returns to the button.
 */
export function EmbedControl({
  open,
  onOpenChange,
  snippet,
  previewHref,
  title,
  charts = [],
  synthetic,
}: EmbedControlProps) {
  const id = useId();
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [chart, setChart] = useState<string | null>(charts[0]?.chart ?? null);
  const chosen = charts.find((c) => c.chart === chart) ?? charts[0];
  const [heightText, setHeightText] = useState(String(DEFAULT_EMBED_HEIGHT));
  const [message, setMessage] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);

  const heightNumber = heightText.trim() === '' ? DEFAULT_EMBED_HEIGHT : Number(heightText);
  const options: EmbedSnippetOptions = {
    theme,
    height: snippetHeight(heightNumber),
    chart: chosen?.chart ?? null,
  };
  const code = snippet(options);
  const heightAdjusted = heightText.trim() !== '' && options.height !== heightNumber;

  const close = () => {
    onOpenChange(false);
    setMessage('');
    buttonRef.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };
  const copy = async () => {
    const ok = await copyText(code);
    if (ok) setMessage('Embed code copied');
    else {
      setMessage('Copying was not allowed here: the code is selected, copy it with Ctrl+C.');
      codeRef.current?.focus();
      codeRef.current?.select();
    }
  };

  return (
    <div className="embed-control" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="tool-button share-toolbar__button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label="Embed this chart"
        onClick={() => {
          setMessage('');
          onOpenChange(!open);
        }}
      >
        <EmbedIcon />
        Embed
      </button>
      <div
        id={`${id}-panel`}
        className="share-popover share-popover--open embed-panel"
        role="group"
        aria-labelledby={`${id}-title`}
        hidden={!open}
      >
        <p id={`${id}-title`} className="embed-panel__title">
          Embed this chart
        </p>
        <p className="embed-panel__what">{chosen?.title ?? title}</p>
        {charts.length > 1 ? (
          <fieldset className="embed-panel__themes embed-panel__charts">
            <legend>Chart</legend>
            {charts.map((c) => (
              <label key={c.chart ?? 'default'} className="embed-panel__theme">
                <input
                  type="radio"
                  name={`${id}-chart`}
                  value={c.chart ?? ''}
                  checked={c === chosen}
                  onChange={() => {
                    setChart(c.chart);
                    setMessage('');
                  }}
                />{' '}
                {c.label}
              </label>
            ))}
          </fieldset>
        ) : null}
        <fieldset className="embed-panel__themes">
          <legend>Theme</legend>
          {EMBED_THEMES.map((t) => (
            <label key={t} className="embed-panel__theme">
              <input
                type="radio"
                name={`${id}-theme`}
                value={t}
                checked={theme === t}
                onChange={() => {
                  setTheme(t);
                  setMessage('');
                }}
              />{' '}
              {THEME_LABELS[t]}
            </label>
          ))}
        </fieldset>
        <div className="embed-panel__height">
          <label htmlFor={`${id}-height`}>Height without the resize script</label>
          <span className="embed-panel__height-input">
            <input
              id={`${id}-height`}
              type="number"
              inputMode="numeric"
              min={MIN_SNIPPET_HEIGHT}
              max={MAX_SNIPPET_HEIGHT}
              step={10}
              value={heightText}
              aria-describedby={`${id}-height-note`}
              onChange={(e) => {
                setHeightText(e.target.value);
                setMessage('');
              }}
            />{' '}
            px
          </span>
        </div>
        <p id={`${id}-height-note`} className="embed-panel__note">
          The script fits the frame to its chart as it changes; without it the frame keeps this
          height.
          {heightAdjusted
            ? ` The code uses ${options.height} px (from ${MIN_SNIPPET_HEIGHT} to ${MAX_SNIPPET_HEIGHT}).`
            : ''}
        </p>
        <label htmlFor={`${id}-code`} className="embed-panel__code-label">
          HTML to paste into your page
        </label>
        <textarea
          ref={codeRef}
          id={`${id}-code`}
          className="embed-panel__code"
          readOnly
          rows={7}
          spellCheck={false}
          value={code}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="embed-panel__actions">
          <button
            type="button"
            className="tool-button share-popover__primary"
            onClick={() => void copy()}
          >
            Copy code
          </button>
          <a
            className="embed-panel__preview"
            href={previewHref(options)}
            target="_blank"
            rel="noopener noreferrer"
          >
            Preview the embed in a new tab
          </a>
          <button type="button" className="tool-button share-popover__close" onClick={close}>
            Close
          </button>
        </div>
        <p aria-live="polite" className="share-popover__status share-popover__status--ok">
          {message}
        </p>
        {synthetic ? (
          <p className="embed-panel__note embed-panel__note--synthetic">
            This is synthetic demo data: the embed always carries the “synthetic demo data” mark.
          </p>
        ) : null}
      </div>
    </div>
  );
}

function EmbedIcon() {
  return <ToolbarIcon d="M5.5 4.5 2 8l3.5 3.5M10.5 4.5 14 8l-3.5 3.5" />;
}
