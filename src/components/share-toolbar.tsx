import { useCallback, useRef, useState } from 'react';
import { EmbedControl, type EmbedControlProps } from './embed-snippet-panel';
import { ShareButton } from './share-button';
import { useDismissOnOutsidePress } from './share-popover';
import './share-toolbar.css';

export interface ShareToolbarProps {
  getShareLink: () => string | Promise<string>;
  /** The Embed control, for views with an embed (null: none, e.g. a state's report) */
  embed: Omit<EmbedControlProps, 'open' | 'onOpenChange'> | null;
}

/** Share and Embed for the view shown; one of their popovers open at a time. */
export function ShareToolbar({ getShareLink, embed }: ShareToolbarProps) {
  const [open, setOpen] = useState<'share' | 'embed' | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const dismiss = useCallback(() => setOpen(null), []);
  useDismissOnOutsidePress(rootRef, open !== null, dismiss);
  return (
    <div
      className="share-toolbar"
      role="group"
      aria-label="Share this view"
      ref={rootRef}
      onBlur={(e) => {
        // Tabbing out closes the popover, so a link it shows never outlives the view it names.
        const next = e.relatedTarget as Node | null;
        if (open !== null && next && !rootRef.current?.contains(next)) setOpen(null);
      }}
    >
      <ShareButton
        getLink={getShareLink}
        open={open === 'share'}
        onOpenChange={(o) => setOpen(o ? 'share' : null)}
      />
      {embed ? (
        <EmbedControl
          {...embed}
          open={open === 'embed'}
          onOpenChange={(o) => setOpen(o ? 'embed' : null)}
        />
      ) : null}
    </div>
  );
}
