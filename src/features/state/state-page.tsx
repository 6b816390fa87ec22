import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { evaluationWhat, useEvaluation } from '@/api/evaluation-query';
import { useFramework } from '@/api/framework-query';
import { afterPaint } from '@/components/after-paint';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { QueryPanel } from '@/components/query-panel';
import { Link } from '@/components/router';
import { StatusGlyph } from '@/components/status-glyph';
import { SyntheticMark } from '@/components/synthetic-mark';
import { useViewState } from '@/components/view-state';
import { STATUSES, type Evaluation } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import { isSyntheticDataset, frameworkIdOf } from '@/domain/contract/dataset-framework';
import { stateName } from '@/domain/format/jurisdictions';
import {
  describeGradeDetails,
  editionsWithFile,
  prepareBlocks,
  reportOutline,
  type ReportArea,
  type ReportOutline,
} from '@/domain/state/report-outline';
import { formatIsoDate } from '@/domain/format/dates';
import {
  authorshipNote,
  dataWords,
  GLANCE_LABELS,
  lawsAsOfNote,
  NO_AS_OF,
  NO_SCORE,
  noGradeText,
  publishedGradeLabel,
  scoreNote,
  scoreWords,
  stateReportTitle,
  statusesNote,
} from '@/domain/state/report-wording';
import { useCollapsedAreas } from '@/components/use-collapsed-areas';
import { areaOfTarget } from '@/domain/state/report-navigation';
import { STATUS_LABELS } from '@/domain/format/status-words';
import { ReportAppendix } from './report-appendix';
import { ReportNavigator } from './report-navigator';
import { SourceList } from './report-facts';
import { ReportGoalSection } from './report-goal';
import { StateFactSets } from './state-fact-sets';
import { ReportMarkdownButton } from './report-markdown-button';
import { GradeBadge, GradeHistory } from './report-grades';
import { Blocks, Footnotes } from './report-text';
import './state.css';
// The evaluation's schema is loaded on demand by evaluation-query (other views rarely need it);
// this page always does, so it comes with the page's chunk, not one round trip later.
import '@/domain/contract/evaluation-file-schema';

/** One state's full evaluation for one edition, as a readable and printable report. */
export function StatePage({ code }: { code: string }) {
  const { manifest, dataset, year, years, hrefFor } = useViewState();
  const name = stateName(code);
  // Before the evaluation loads, the manifest's word; the loaded file's own flag agrees with it.
  const synthetic = isSyntheticDataset(manifest, dataset);
  const framework = useFramework(frameworkIdOf(manifest, dataset));
  const withFile = editionsWithFile(manifest, dataset, code);
  const hasFile = withFile.includes(year);
  const editionHref = (y: number) => hrefFor({ view: 'state', code }, { year: y });
  usePrintExpandsDetails();

  const history = (
    <GradeHistory
      code={code}
      name={name}
      dataset={dataset}
      years={years}
      currentYear={year}
      synthetic={synthetic}
      framework={framework}
      editionHref={editionHref}
      manifest={manifest}
      historyHref={hrefFor({ view: 'grades' }, { states: [code] })}
    />
  );

  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report-header">
        <p className="report-eyebrow">State report · {capitalize(dataWords(synthetic))}</p>
        <h1 id="report-title">{stateReportTitle(name, year)}</h1>
        {synthetic ? <SyntheticMark /> : null}
        <div className="report-toolbar">
          <nav className="report-editions" aria-label="Editions of this report">
            <span className="report-editions__label">Editions:</span>
            <ul>
              {years.map((y) => (
                <li key={y}>
                  {y === year ? (
                    <span aria-current="page" className="report-editions__current">
                      {y}
                    </span>
                  ) : withFile.includes(y) ? (
                    <Link to={editionHref(y)}>{y}</Link>
                  ) : (
                    <span className="report-note">{y} (no file)</span>
                  )}
                </li>
              ))}
            </ul>
          </nav>
          <div className="report-actions">
            {hasFile ? (
              <ReportMarkdownButton
                code={code}
                name={name}
                dataset={dataset}
                year={year}
                frameworkId={frameworkIdOf(manifest, dataset)}
              />
            ) : null}
            <button type="button" className="button report-print" onClick={printReport}>
              Print
            </button>
          </div>
        </div>
      </header>
      {hasFile ? (
        <ReportLoader code={code} name={name} framework={framework} history={history} />
      ) : (
        <>
          <section className="report-missing" aria-labelledby="missing-title">
            <h2 id="missing-title">No evaluation of {name} in this edition</h2>
            <p>
              The {year} edition of the {dataWords(synthetic)} holds no evaluation file for {name}.{' '}
              {withFile.length > 0
                ? 'These editions have one:'
                : 'No edition of this dataset has one.'}
            </p>
            {withFile.length > 0 ? (
              <ul>
                {withFile.map((y) => (
                  <li key={y}>
                    <Link to={editionHref(y)}>{stateReportTitle(name, y)}</Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          {history}
        </>
      )}
      <StateFactSets code={code} framework={framework.data} />
    </article>
  );
}

function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function printReport() {
  openDetailsForPrint();
  window.print();
}

const OPENED_FOR_PRINT = 'data-opened-for-print';

function openDetailsForPrint() {
  document.querySelectorAll<HTMLDetailsElement>('.report details:not([open])').forEach((d) => {
    d.open = true;
    d.setAttribute(OPENED_FOR_PRINT, '');
  });
}

/** Collapsed statute texts print open (Ctrl+P too), and close again afterwards. */
function usePrintExpandsDetails() {
  useEffect(() => {
    const after = () =>
      document.querySelectorAll<HTMLDetailsElement>(`[${OPENED_FOR_PRINT}]`).forEach((d) => {
        d.open = false;
        d.removeAttribute(OPENED_FOR_PRINT);
      });
    window.addEventListener('beforeprint', openDetailsForPrint);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', openDetailsForPrint);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

function ReportLoader({
  code,
  name,
  framework,
  history,
}: {
  code: string;
  name: string;
  framework: ReturnType<typeof useFramework>;
  history: ReactNode;
}) {
  const { dataset, year } = useViewState();
  const evaluation = useEvaluation(dataset, year, code);
  if (framework.data && evaluation.data) {
    return (
      <ReportBody
        framework={framework.data}
        evaluation={evaluation.data}
        name={name}
        // The loaded file's own flag, which its fetcher has checked against the dataset.
        synthetic={evaluation.data.synthetic}
        history={history}
      />
    );
  }
  const failed = Boolean(framework.error || evaluation.error);
  return (
    <>
      {/* One placeholder of the report's size while anything loads: two stacked ones would move
          the second up when the first is done (a layout shift). */}
      {framework.error ? (
        <QueryPanel query={framework} what="the policy framework" height="6rem">
          {() => null}
        </QueryPanel>
      ) : null}
      {evaluation.data ? null : (
        <QueryPanel query={evaluation} what={evaluationWhat(dataset, year, code)} height="40rem">
          {() => null}
        </QueryPanel>
      )}
      {evaluation.data && !framework.error ? (
        <LoadingSkeleton label="Loading the policy framework" height="40rem" />
      ) : null}
      {/* The grades stay readable when the report fails; while it loads, their requests would
          only compete with it (they are drawn with the report). */}
      {failed ? history : null}
    </>
  );
}

/** The id a `#fragment` names; '' when there is none or it is not valid percent-encoding. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/** Once the data is drawn, go to the goal the address names (e.g. /states/CT#goal-2.9). */
function useScrollToHash() {
  useEffect(() => {
    const id = fragmentId(window.location.hash);
    if (id) scrollToId(id);
  }, []);
}

function scrollToId(id: string) {
  const target = document.getElementById(id);
  // (Not every DOM has it: jsdom lacks it.)
  if (target && typeof target.scrollIntoView === 'function') target.scrollIntoView();
}

function ReportBody({
  framework,
  evaluation,
  name,
  synthetic,
  history,
}: {
  framework: Framework;
  evaluation: Evaluation;
  name: string;
  synthetic: boolean;
  history: ReactNode;
}) {
  const { year, hrefFor } = useViewState();
  const outline = useMemo(() => reportOutline(framework, evaluation), [framework, evaluation]);
  const intro = useMemo(
    () =>
      evaluation.introduction
        ? prepareBlocks('intro', evaluation.introduction.blocks, evaluation.introduction.footnotes)
        : null,
    [evaluation],
  );
  useScrollToHash();
  const anyEvaluated = outline.evaluated > 0;
  const { collapsed, toggle, expand, expandAll, collapseAll } = useCollapsedAreas();
  const areaIds = useMemo(() => outline.areas.map((a) => a.id), [outline]);
  useEffect(() => {
    // A printed report is the whole report: folded areas print unfolded.
    const unfold = () => flushSync(expandAll);
    window.addEventListener('beforeprint', unfold);
    return () => window.removeEventListener('beforeprint', unfold);
  }, [expandAll]);

  const goalHref = (goalId: string) => hrefFor({ view: 'goal', goalId });

  // The body in the order it reads; drawn in steps (useDrawnParts).
  const parts: ReactNode[] = [];
  if (intro && intro.blocks.length > 0) {
    parts.push(
      <section key="intro" className="report-area report-intro" aria-labelledby="intro-title">
        <h2 id="intro-title">Introduction</h2>
        <Blocks groups={intro.blocks} />
        <Footnotes
          footnotes={intro.footnotes}
          heading={<h3 className="report-footnotes__title">Footnotes to the introduction</h3>}
        />
      </section>,
    );
  }
  // The introduction and the first issue area come with the first paint.
  const first = parts.length + 1;
  if (anyEvaluated) {
    for (const area of outline.areas) {
      parts.push(
        <AreaSection
          key={area.id}
          area={area}
          synthetic={synthetic}
          goalHref={goalHref}
          folded={collapsed.has(area.id)}
          onToggle={toggle}
        />,
      );
    }
  } else {
    parts.push(
      <NothingEvaluated
        key="nothing"
        outline={outline}
        name={name}
        year={year}
        synthetic={synthetic}
        goalHref={goalHref}
      />,
    );
  }
  if (evaluation.appendix?.length) {
    parts.push(<ReportAppendix key="appendix" sections={evaluation.appendix} />);
  }
  if (anyEvaluated) parts.push(<Fragment key="history">{history}</Fragment>);
  parts.push(
    <section
      key="sources"
      id="sources"
      className="report-area report-sources-section"
      aria-labelledby="sources-title"
    >
      <h2 id="sources-title">Sources</h2>
      {evaluation.sources.length > 0 ? (
        <SourceList sources={evaluation.sources} />
      ) : (
        <p>The evaluation file names no sources.</p>
      )}
      <p className="report-note">
        {[lawsAsOfNote(evaluation.asOf), authorshipNote(anyEvaluated, synthetic, 'page')]
          .filter(Boolean)
          .join(' ')}
      </p>
    </section>,
  );
  const [drawn, drawAll] = useDrawnParts(parts.length, first);
  const goalIds = useMemo(
    () => outline.areas.flatMap((a) => a.goals.map((g) => `goal-${g.id}`)),
    [outline],
  );
  // Goals drawn later, or unfolded, are observed once they exist.
  const active = useGoalInView(goalIds, `${drawn} ${[...collapsed].join(' ')}`);
  // Before a link or the navigator goes to an element: draw the whole report, unfold its area.
  const reveal = useCallback(
    (id: string | null) => {
      const area = id ? areaOfTarget(outline, id) : undefined;
      if (area) flushSync(() => expand(area));
      drawAll();
    },
    [outline, expand, drawAll],
  );
  const jump = useCallback(
    (id: string) => {
      reveal(id);
      if (window.location.hash === `#${id}`) scrollToId(id);
      else window.location.hash = id;
    },
    [reveal],
  );

  return (
    <div className={`report-layout${anyEvaluated ? '' : ' report-layout--single'}`}>
      <div className="report-layout__head">
        <AtAGlance
          framework={framework}
          evaluation={evaluation}
          outline={outline}
          year={year}
          aboutHref={hrefFor({ view: 'about' })}
        />
        {anyEvaluated ? (
          <StatusOverview framework={framework} outline={outline} synthetic={synthetic} />
        ) : (
          history
        )}
      </div>
      {anyEvaluated ? (
        <>
          <Contents
            outline={outline}
            hasAppendix={Boolean(evaluation.appendix?.length)}
            active={active}
            onFollow={reveal}
          />
          <ReportNavigator
            outline={outline}
            hasAppendix={Boolean(evaluation.appendix?.length)}
            active={active}
            onJump={jump}
            allFolded={collapsed.size === areaIds.length}
            onFoldAll={() => {
              // The page shrinks to its headings: go to the first, not wherever that leaves.
              flushSync(() => collapseAll(areaIds));
              const first = areaIds[0];
              if (first !== undefined) scrollToId(`area-${first}`);
            }}
            onUnfoldAll={expandAll}
          />
        </>
      ) : null}
      <div className="report-layout__body">
        {parts.slice(0, drawn)}
        {drawn < parts.length ? <div className="report-pending" aria-hidden="true" /> : null}
      </div>
    </div>
  );
}

/**
 * How many of the report's `total` parts are drawn. A long report is drawn in steps:
 * `first` parts in the first commit, then one more per task after each paint, so the top of the
 * page shows sooner and no single task blocks input for long. Everything is drawn at once when
 * the address names a fragment (it must land), before printing, and when `drawAll` is called
 * (a link in the contents).
 */
function useDrawnParts(total: number, first: number): [number, () => void] {
  const [drawn, setDrawn] = useState(() =>
    window.location.hash.length > 1 ? total : Math.min(first, total),
  );
  useEffect(() => {
    if (drawn >= total) return;
    return afterPaint(() => setDrawn((n) => Math.min(n + 1, total)));
  }, [drawn, total]);
  const drawAll = useCallback(() => {
    flushSync(() => setDrawn(total));
  }, [total]);
  useEffect(() => {
    // Printing (also Ctrl+P) prints everything, with the statute texts open.
    const beforePrint = () => {
      drawAll();
      openDetailsForPrint();
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('hashchange', drawAll);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('hashchange', drawAll);
    };
  }, [drawAll]);
  return [drawn, drawAll];
}

function AtAGlance({
  framework,
  evaluation,
  outline,
  year,
  aboutHref,
}: {
  framework: Framework;
  evaluation: Evaluation;
  outline: ReportOutline;
  year: number;
  aboutHref: string;
}) {
  const published = evaluation.published;
  const score = outline.coverage.score;
  return (
    <section className="report-glance" aria-label="At a glance">
      <dl className="report-dl report-glance__list">
        <div className="report-dl__row">
          <dt>{GLANCE_LABELS.asOf}</dt>
          <dd>
            {evaluation.asOf ? (
              <time dateTime={evaluation.asOf}>{formatIsoDate(evaluation.asOf)}</time>
            ) : (
              NO_AS_OF
            )}
          </dd>
        </div>
        <div className="report-dl__row">
          <dt>{GLANCE_LABELS.goals}</dt>
          <dd>
            {outline.evaluated} of {outline.total}
          </dd>
        </div>
        <div className="report-dl__row">
          <dt>{GLANCE_LABELS.score}</dt>
          <dd>
            {score === null ? NO_SCORE : <ScoreValue words={scoreWords(score, outline)} />}
            <span className="report-glance__hint">
              {scoreNote(framework)} <Link to={aboutHref}>What the score is</Link>
            </span>
          </dd>
        </div>
        <div className="report-dl__row">
          <dt>{publishedGradeLabel(year)}</dt>
          <dd>
            {published ? (
              <div className="report-published">
                <GradeBadge grade={published.grade} />
                <div>
                  <p className="report-published__details">{describeGradeDetails(published)}</p>
                  {published.note ? <p className="report-note">{published.note}</p> : null}
                  <p className="report-note">Sources:</p>
                  <SourceList sources={published.sources} />
                </div>
              </div>
            ) : (
              noGradeText(year)
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function ScoreValue({ words }: { words: ReturnType<typeof scoreWords> }) {
  return (
    <>
      <strong>{words.score}</strong> {words.scope}
    </>
  );
}

function StatusOverview({
  framework,
  outline,
  synthetic,
}: {
  framework: Framework;
  outline: ReportOutline;
  synthetic: boolean;
}) {
  return (
    <section className="report-status-overview" aria-labelledby="statuses-title">
      <h2 id="statuses-title" className="report-status-overview__title">
        Statuses of the {outline.total} policy goals
      </h2>
      <ul className="report-counts">
        {STATUSES.map((s) => (
          <li key={s}>
            <StatusGlyph status={s} withLabel />: <strong>{outline.counts[s]}</strong>
          </li>
        ))}
      </ul>
      <p className="report-note">{statusesNote(framework, synthetic)}</p>
    </section>
  );
}

/**
 * The goal being read, for the contents beside the report: the first goal section in the top
 * part of the window. Nothing happens where IntersectionObserver is missing.
 */
function useGoalInView(ids: readonly string[], drawnKey: string): string | null {
  const [active, setActive] = useState<string | null>(null);
  const key = ids.join(' ');
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const list = key.split(' ');
    const visible = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) visible.add(e.target.id);
          else visible.delete(e.target.id);
        }
        const first = list.find((id) => visible.has(id));
        if (first) setActive(first);
      },
      // The top 5 rem lie under the section navigator on narrow screens.
      { rootMargin: '-80px 0px -60% 0px' },
    );
    for (const id of list) {
      const el = document.getElementById(id);
      if (el) observer.observe(el);
    }
    return () => observer.disconnect();
    // `drawnKey`: goals drawn later are observed once they exist.
  }, [key, drawnKey]);
  return active;
}

function Contents({
  outline,
  hasAppendix,
  active,
  onFollow,
}: {
  outline: ReportOutline;
  hasAppendix: boolean;
  /** The id of the goal being read, if known */
  active: string | null;
  /** Makes the target of a followed link exist (draws and unfolds it) before it is looked for */
  onFollow: (id: string | null) => void;
}) {
  const navRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // Keep the current goal visible when the contents scroll on their own (beside the report).
    const nav = navRef.current;
    const link = active ? nav?.querySelector<HTMLElement>(`a[href="#${active}"]`) : null;
    if (!nav || !link || nav.scrollHeight <= nav.clientHeight) return;
    const top = link.getBoundingClientRect().top - nav.getBoundingClientRect().top + nav.scrollTop;
    if (top < nav.scrollTop || top > nav.scrollTop + nav.clientHeight - 40) {
      nav.scrollTop = Math.max(0, top - nav.clientHeight / 3);
    }
  }, [active]);
  return (
    <nav
      className="report-toc"
      aria-labelledby="toc-title"
      ref={navRef}
      onClickCapture={(e) => onFollow(linkTarget(e.target))}
    >
      <h2 id="toc-title">Contents</h2>
      <ol className="report-toc__areas">
        {outline.areas.map((area) => (
          <li key={area.id}>
            <a href={`#area-${area.id}`} className="report-toc__area">
              {area.id}. {area.title}
            </a>
            <ol className="report-toc__goals">
              {area.goals.map((g) => (
                <li key={g.id}>
                  <a
                    href={`#goal-${g.id}`}
                    aria-current={active === `goal-${g.id}` ? 'location' : undefined}
                  >
                    <StatusGlyph status={g.status} /> <span className="report-toc__id">{g.id}</span>{' '}
                    <span className="report-toc__title">{g.title}</span>
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
        {hasAppendix ? (
          <li>
            <a href="#offences" className="report-toc__area">
              Offences and penalties
            </a>
          </li>
        ) : null}
        <li>
          <a href="#grades-title" className="report-toc__area">
            Published grades
          </a>
        </li>
        <li>
          <a href="#sources" className="report-toc__area">
            Sources
          </a>
        </li>
      </ol>
    </nav>
  );
}

/** The `#id` a clicked link goes to, if it is a link within the page. */
function linkTarget(target: EventTarget): string | null {
  const href = target instanceof Element ? target.closest('a')?.getAttribute('href') : null;
  return href?.startsWith('#') ? fragmentId(href) : null;
}

function AreaSection({
  area,
  synthetic,
  goalHref,
  folded,
  onToggle,
}: {
  area: ReportArea;
  synthetic: boolean;
  goalHref: (id: string) => string;
  folded: boolean;
  onToggle: (id: string) => void;
}) {
  const bodyId = `area-${area.id}-body`;
  return (
    <section
      id={`area-${area.id}`}
      className="report-area"
      aria-labelledby={`area-${area.id}-title`}
    >
      <h2 id={`area-${area.id}-title`} className="report-area__heading">
        <button
          type="button"
          className="report-area__toggle"
          aria-expanded={!folded}
          aria-controls={bodyId}
          onClick={() => onToggle(area.id)}
        >
          <span className="report-area__id">
            <span className="report-area__chevron" aria-hidden="true">
              {folded ? '▸' : '▾'}
            </span>
            Issue area {area.id}
          </span>{' '}
          {area.title}
        </button>
      </h2>
      {folded ? (
        <p className="report-note" id={bodyId}>
          {area.goals.length} goals folded: {foldedSummary(area)}.
        </p>
      ) : (
        <div id={bodyId}>
          <AreaGoals area={area} synthetic={synthetic} goalHref={goalHref} />
        </div>
      )}
    </section>
  );
}

/** What a folded area still says: how many of its goals are in each status. */
function foldedSummary(area: ReportArea): string {
  return STATUSES.map((s) => [s, area.goals.filter((g) => g.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${STATUS_LABELS[s]} ${n}`)
    .join(', ');
}

function AreaGoals({
  area,
  synthetic,
  goalHref,
}: {
  area: ReportArea;
  synthetic: boolean;
  goalHref: (id: string) => string;
}) {
  return (
    <>
      {area.sections.map((goal) => (
        <ReportGoalSection
          key={goal.id}
          goal={goal}
          synthetic={synthetic}
          goalHref={goalHref(goal.id)}
        />
      ))}
      {area.notEvaluated.length > 0 ? (
        <div className="report-not-evaluated">
          <h3>Not evaluated in this dataset ({area.notEvaluated.length})</h3>
          <NotEvaluatedList goals={area.notEvaluated} withIds />
        </div>
      ) : null}
    </>
  );
}

function NotEvaluatedList({ goals, withIds }: { goals: ReportArea['goals']; withIds: boolean }) {
  return (
    <ul className="report-not-evaluated__list">
      {goals.map((g) => (
        <li key={g.id} id={withIds ? `goal-${g.id}` : undefined}>
          <StatusGlyph status="not-evaluated" /> <span className="report-toc__id">{g.id}</span>{' '}
          {g.title}
        </li>
      ))}
    </ul>
  );
}

function NothingEvaluated({
  outline,
  name,
  year,
  synthetic,
  goalHref,
}: {
  outline: ReportOutline;
  name: string;
  year: number;
  synthetic: boolean;
  goalHref: (id: string) => string;
}) {
  const withFacts = outline.areas.flatMap((a) => a.sections);
  return (
    <section className="report-area" aria-labelledby="goals-title">
      <h2 id="goals-title">Policy goals</h2>
      <p>
        None of the {outline.total} policy goals has been evaluated for {name} in the {year} edition
        of this dataset: every status is unknown
        {withFacts.length > 0
          ? `. The facts held for goal${withFacts.length === 1 ? '' : 's'} ${withFacts
              .map((g) => g.id)
              .join(', ')}, from reference data, are shown below.`
          : '.'}
      </p>
      {withFacts.map((goal) => (
        <ReportGoalSection
          key={goal.id}
          goal={goal}
          synthetic={synthetic}
          goalHref={goalHref(goal.id)}
        />
      ))}
      <details className="report-details report-all-goals">
        <summary>All {outline.total} goals, by issue area (none evaluated)</summary>
        {outline.areas.map((area) => (
          <div key={area.id}>
            <h3>
              {area.id}. {area.title}
            </h3>
            <NotEvaluatedList goals={area.goals} withIds={false} />
          </div>
        ))}
      </details>
    </section>
  );
}
