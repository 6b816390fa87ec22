import { isSyntheticDataset } from '@/domain/contract/dataset-framework';
import type { FactGoals } from '@/domain/contract/fact-kinds';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { coverageNote, dataCoverage, type CoverageView } from '@/domain/format/coverage';
import { Link } from './router';
import { useViewState } from './view-state';
import './coverage-note.css';

export interface CoverageNoteProps {
  view: CoverageView;
  /** The edition's summary and the framework, once loaded (until then the note keeps its place) */
  summary: EditionSummary | undefined;
  framework: FactGoals | undefined;
  /**
   * Where the link to the demo data goes; by default this view on the demo data, with the same
   * filters, and the same edition where the demo data has it
   */
  demoHref?: string;
  /**
   * `note` where it annotates one chart (the scores view's ranking); elsewhere it is the view's own
   * first paragraph, and the site's banners are the page's notes
   */
  role?: 'note';
}

/**
 * What the report data covers, said at the top of a view (coverageNote): how many states are
 * evaluated goal by goal, what the data holds for the others, and a link to the same view on the
 * synthetic demo data. Nothing on the demo data, which every view marks as synthetic already.
 */
export function CoverageNote({ view, summary, framework, demoHref, role }: CoverageNoteProps) {
  const { route, state, manifest, dataset, year, hrefFor } = useViewState();
  if (isSyntheticDataset(manifest, dataset)) return null;
  // The same box while the data loads, so the view below does not move when the words arrive.
  if (!summary || !framework) {
    return <div className={`coverage-note coverage-note--${view} coverage-note--pending`} />;
  }
  const note = coverageNote(dataCoverage(summary, framework), view);
  if (!note) return null;
  const demoYears = manifest.datasets.find((d) => d.id === 'demo')?.editions.map((e) => e.year);
  const href =
    demoHref ??
    hrefFor(route, {
      ...state,
      dataset: 'demo',
      year: demoYears?.includes(year) ? year : null,
    });
  return (
    <div className={`coverage-note coverage-note--${view}`} role={role}>
      <p>
        <strong>{note.lead}</strong> {note.detail}
      </p>
      <p>
        <Link to={href}>{note.demoLink}</Link>
      </p>
    </div>
  );
}
