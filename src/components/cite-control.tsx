import { ToolbarIcon } from './toolbar-icon';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Citation } from '@/domain/export/citation';
import { copyText } from './share-clipboard';

export interface CiteControlProps {
  /** Makes the citation when asked (it may wait for the data the view's link depends on) */
  getCitation: () => Promise<Citation>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Demo data: the panel says the citation says so */
  synthetic: boolean;
}

type Copied = 'reference' | 'bibtex' | null;

/**
 * "Cite": a disclosure with a formatted reference and a BibTeX entry of the view shown, with its
 * pinned link, each with a Copy button. Like Embed, the panel follows its button in the tab order;
 * Escape closes it and returns to the button. Without the Clipboard API the text is selected in
 * its field, to copy by hand.
 */
export function CiteControl({ getCitation, open, onOpenChange, synthetic }: CiteControlProps) {
  const id = useId();
  const [citation, setCitation] = useState<Citation | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [copied, setCopied] = useState<Copied>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const referenceRef = useRef<HTMLTextAreaElement>(null);
  const bibtexRef = useRef<HTMLTextAreaElement>(null);

  const toggle = async () => {
    setMessage('');
    setCopied(null);
    if (open) {
      onOpenChange(false);
      return;
    }
    setBusy(true);
    try {
      setCitation(await getCitation());
      onOpenChange(true);
    } finally {
      setBusy(false);
    }
  };

  // Opened from a link (an embed's "Cite" link opens the page with the panel open), not by its
  // button: make the citation once.
  const requested = useRef(false);
  useEffect(() => {
    if (!open || citation !== null || requested.current) return;
    requested.current = true;
    setBusy(true);
    getCitation()
      .then(setCitation, () => onOpenChange(false))
      .finally(() => setBusy(false));
  }, [open, citation, getCitation, onOpenChange]);

  const close = () => {
    onOpenChange(false);
    setMessage('');
    setCopied(null);
    buttonRef.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };
  const copy = async (which: 'reference' | 'bibtex') => {
    if (!citation) return;
    const ok = await copyText(which === 'reference' ? citation.text : citation.bibtex);
    const words = which === 'reference' ? 'Reference' : 'BibTeX entry';
    if (ok) {
      setMessage(`${words} copied`);
      setCopied(which);
    } else {
      setCopied(null);
      setMessage(
        `Copying was not allowed here: the ${words.toLowerCase()} is selected, copy it with Ctrl+C.`,
      );
      const field = which === 'reference' ? referenceRef.current : bibtexRef.current;
      field?.focus();
      field?.select();
    }
  };

  const shown = open && citation !== null;
  return (
    <div className="cite-control" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="tool-button share-toolbar__button"
        aria-expanded={shown}
        aria-controls={`${id}-panel`}
        aria-busy={busy || undefined}
        aria-label="Cite this view"
        onClick={() => void toggle()}
      >
        <CiteIcon />
        Cite
      </button>
      <div
        id={`${id}-panel`}
        className="share-popover share-popover--open cite-panel"
        role="group"
        aria-labelledby={`${id}-title`}
        hidden={!shown}
      >
        <p id={`${id}-title`} className="embed-panel__title">
          Cite this view
        </p>
        <p className="embed-panel__what">
          With a link that keeps showing this view, its edition and its settings.
        </p>
        <label htmlFor={`${id}-reference`} className="embed-panel__code-label">
          Reference
        </label>
        <textarea
          ref={referenceRef}
          id={`${id}-reference`}
          className="cite-panel__text"
          readOnly
          rows={6}
          value={citation?.text ?? ''}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="cite-panel__actions">
          <button
            type="button"
            className="tool-button share-popover__primary"
            onClick={() => void copy('reference')}
          >
            {copied === 'reference' ? '✓ Copied' : 'Copy reference'}
          </button>
        </div>
        <label htmlFor={`${id}-bibtex`} className="embed-panel__code-label">
          BibTeX
        </label>
        <textarea
          ref={bibtexRef}
          id={`${id}-bibtex`}
          className="embed-panel__code cite-panel__bibtex"
          readOnly
          rows={8}
          spellCheck={false}
          value={citation?.bibtex ?? ''}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="cite-panel__actions">
          <button type="button" className="tool-button" onClick={() => void copy('bibtex')}>
            {copied === 'bibtex' ? '✓ Copied' : 'Copy BibTeX'}
          </button>
          <button type="button" className="tool-button share-popover__close" onClick={close}>
            Close
          </button>
        </div>
        <p aria-live="polite" className="share-popover__status share-popover__status--ok">
          {message}
        </p>
        {synthetic ? (
          <p className="embed-panel__note embed-panel__note--synthetic">
            This is synthetic demo data: the citation says so, and it cites no state’s real law.
          </p>
        ) : null}
      </div>
    </div>
  );
}

function CiteIcon() {
  return (
    <ToolbarIcon
      d="M3 9.5c0-2.5 1.2-4.2 3-5M3 9.5h2.5V12H3zM9 9.5c0-2.5 1.2-4.2 3-5M9 9.5h2.5V12H9z"
      strokeWidth={1.5}
    />
  );
}
