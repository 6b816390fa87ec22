import type { ReactNode } from 'react';
import type {
  BlockGroup,
  SegmentedBlock,
  SegmentedFootnote,
  TextSegment,
} from '@/domain/state/report-text';

/**
 * Report text drawn as text (never as HTML), with footnote markers as superscript links to the
 * footnote, and footnotes with a link back to where they are cited.
 */
export function Segments({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'text' ? (
          <span key={i}>{s.text}</span>
        ) : (
          <sup key={i} className="report-fnref">
            {s.target ? (
              <a id={s.id} href={`#${s.target}`} aria-label={`Footnote ${s.n}`}>
                {s.n}
              </a>
            ) : (
              <span title="Footnote not found in the data">{s.n}</span>
            )}
          </sup>
        ),
      )}
    </>
  );
}

function BlockView({ block, inQuote }: { block: SegmentedBlock; inQuote: boolean }) {
  if (block.kind === 'list') {
    return (
      <ul className={inQuote ? 'report-quote__list' : 'report-list'}>
        {block.items.map((item, i) => (
          <li key={i}>
            <Segments segments={item} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <p>
      <Segments segments={block.segments} />
    </p>
  );
}

/** Prose as paragraphs and lists; quoted law set apart in a blockquote. */
export function Blocks({ groups }: { groups: readonly BlockGroup[] }) {
  return (
    <>
      {groups.map((g, i) =>
        g.kind === 'prose' ? (
          <BlockView key={i} block={g.block} inQuote={false} />
        ) : (
          <blockquote key={i} className="report-quote">
            {g.blocks.map((b, j) => (
              <BlockView key={j} block={b} inQuote />
            ))}
          </blockquote>
        ),
      )}
    </>
  );
}

export function Footnotes({
  footnotes,
  heading,
}: {
  footnotes: readonly SegmentedFootnote[];
  heading?: ReactNode;
}) {
  if (footnotes.length === 0) return null;
  return (
    <div className="report-footnotes">
      {heading}
      <ol className="report-footnotes__list">
        {footnotes.map((f) => (
          <li key={f.n} id={f.id} value={f.n} tabIndex={-1}>
            <div className="report-footnotes__item">
              <div className="report-footnotes__body">
                <Blocks groups={f.blocks} />
              </div>
              {f.backId ? (
                <a
                  className="report-footnotes__back"
                  href={`#${f.backId}`}
                  aria-label={`Back to the text citing footnote ${f.n}`}
                >
                  ↩
                </a>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
