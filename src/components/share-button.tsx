import { ToolbarIcon } from './toolbar-icon';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { copyText } from './share-clipboard';

export interface ShareButtonProps {
  /** Makes the link when asked (it may wait for the data a view's defaults depend on) */
  getLink: () => string | Promise<string>;
  /** Whether the confirmation popover is shown (the toolbar shows one popover at a time) */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * "Share": copies a link to the view as shown, then says so politely and shows the link in a
 * read-only field. When the browser has no Clipboard API or refuses it, the field is the way:
 * focus moves to it with the link selected, ready for Ctrl+C / long-press.
 */
export function ShareButton({ getLink, open, onOpenChange }: ShareButtonProps) {
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  const share = async () => {
    setBusy(true);
    try {
      const made = await getLink();
      const ok = await copyText(made);
      setLink(made);
      setCopied(ok);
      setAttempt((n) => n + 1);
      onOpenChange(true);
    } finally {
      setBusy(false);
    }
  };

  // Without the clipboard, the field is the way to copy: focus it (which selects the link).
  useEffect(() => {
    if (open && link && !copied) fieldRef.current?.focus();
  }, [open, link, copied, attempt]);

  const close = () => {
    onOpenChange(false);
    buttonRef.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  const shown = open && link !== null;
  const message = shown
    ? copied
      ? 'Link copied'
      : 'Copying was not allowed here: copy the link from the field below.'
    : '';

  return (
    <div className="share-control" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="tool-button share-toolbar__button"
        onClick={() => void share()}
        aria-busy={busy || undefined}
        aria-label="Share a link to this view"
      >
        <ShareIcon />
        Share
      </button>
      <div
        className={shown ? 'share-popover share-popover--open' : 'share-popover'}
        role={shown ? 'group' : undefined}
        aria-label={shown ? 'Shared link' : undefined}
      >
        {/* Always in the page, so the confirmation is announced when its text appears. */}
        <p
          aria-live="polite"
          aria-atomic="true"
          className={
            copied ? 'share-popover__status share-popover__status--ok' : 'share-popover__status'
          }
        >
          {shown && copied ? (
            <span aria-hidden="true" className="share-popover__tick">
              ✓{' '}
            </span>
          ) : null}
          {message}
        </p>
        {shown ? (
          <>
            <label htmlFor={`${id}-link`} className="share-popover__label">
              Link to this view, with its edition and settings pinned
            </label>
            <div className="share-popover__row">
              <input
                ref={fieldRef}
                id={`${id}-link`}
                className="share-popover__field"
                type="text"
                readOnly
                value={link}
                onFocus={(e) => e.currentTarget.select()}
                onClick={(e) => e.currentTarget.select()}
              />
              <button type="button" className="tool-button share-popover__close" onClick={close}>
                Close
              </button>
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}

function ShareIcon() {
  return (
    <ToolbarIcon
      d="M6.5 9.5 9.5 6.5M7 4.5l1.4-1.4a2.5 2.5 0 0 1 3.5 3.5L10.5 8M9 11.5l-1.4 1.4a2.5 2.5 0 0 1-3.5-3.5L5.5 8"
      round={false}
    />
  );
}
