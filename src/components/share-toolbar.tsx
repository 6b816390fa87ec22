import { useCallback, useRef, useState } from 'react';
import { CiteControl, type CiteControlProps } from './cite-control';
import { EmbedControl, type EmbedControlProps } from './embed-snippet-panel';
import { ShareButton } from './share-button';
import { useDismissOnOutsidePress } from './share-popover';
import './share-toolbar.css';

type Popover = 'share' | 'cite' | 'embed';

export interface ShareToolbarProps {
  getShareLink: () => string | Promise<string>;
  /** The Cite control: a formatted reference and BibTeX of the view, with its pinned link */
  cite: Omit<CiteControlProps, 'open' | 'onOpenChange'> | null;
  /** The Embed control, for views with an embed (null: none, e.g. a state's report) */
  embed: Omit<EmbedControlProps, 'open' | 'onOpenChange'> | null;
  /** A popover open from the start (an embed's link to the page's citation) */
  initialOpen?: Popover | null;
}

/** Share, Cite and Embed for the view shown; one of their popovers open at a time. */
export function ShareToolbar({ getShareLink, cite, embed, initialOpen = null }: ShareToolbarProps) {
  const [open, setOpen] = useState<Popover | null>(
    initialOpen === 'cite' && !cite ? null : initialOpen,
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const dismiss = useCallback(() => setOpen(null), []);
  const openChange = (which: Popover) => (o: boolean) => setOpen(o ? which : null);
  const onCiteOpenChange = useCallback((o: boolean) => setOpen(o ? 'cite' : null), []);
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
        onOpenChange={openChange('share')}
      />
      {cite ? (
        <CiteControl {...cite} open={open === 'cite'} onOpenChange={onCiteOpenChange} />
      ) : null}
      {embed ? (
        <EmbedControl {...embed} open={open === 'embed'} onOpenChange={openChange('embed')} />
      ) : null}
    </div>
  );
}
