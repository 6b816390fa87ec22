import { compareGoalsTable, profileTable } from '@/domain/compare/export';
import {
  issueProfile,
  profileGaps,
  profileSummary,
  type ProfileArea,
} from '@/domain/compare/profile';
import {
  compareRows,
  countRows,
  differencesOnly,
  type CompareArea,
  type CompareCounts,
} from '@/domain/compare/rows';
import { comparisonSentences } from '@/domain/compare/text';
import { MAX_COMPARE } from '@/domain/compare/selection';
import { stateColor } from '@/domain/compare/state-colors';
import type { Status } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import type { DatasetId, EditionSummary, SummaryState } from '@/domain/contract/summary-schema';
import type { ChartDefinition } from '@/domain/export/chart-definition';
import { exportFileStem, statesPart } from '@/domain/export/name';
import { EXPORT_ON_DATA_TEXT, STATUS_SVG_LEGEND, statusFill } from '@/domain/export/palette';
import {
  frameworkExportMeta,
  type ExportMeta,
  type ExportSelectionItem,
  type ExportTable,
  type SvgDocument,
} from '@/domain/export/spec';
import { formatShortDate } from '@/domain/format/dates';
import { stateName } from '@/domain/format/jurisdictions';
import { formatScore } from '@/domain/format/numbers';
import {
  editionLabel as publisherEditionLabel,
  publisherName,
  publisherPossessive,
} from '@/domain/format/publisher';
import { STATUS_GLYPHS, STATUS_WORDS } from '@/domain/format/status-words';
import { factReadingsOfSummary, type FactReading } from '@/domain/facts/fact-readings';
import { BASIS_LABELS } from '@/domain/facts/fact-values';
import {
  describeGoalChoice,
  goalsShown,
  narrowsGoals,
  type GoalChoice,
} from '@/domain/url/goal-choice';

/**
 * The comparison's two charts, computed once from the loaded data and the view state: the
 * issue-area profile and the goal-by-goal table. The page, the embed and every download draw
 * from these definitions.
 */

/** What the comparison is drawn from: the loaded data and the view state. */
export interface CompareChartInput {
  framework: Framework;
  summary: EditionSummary;
  /** The states compared, in the user's order (at most MAX_COMPARE) */
  codes: readonly string[];
  /** States the link named beyond the limit, left out */
  dropped: readonly string[];
  year: number;
  dataset: DatasetId;
  /** Only the goals where the states differ */
  diff: boolean;
  /** Issue areas chosen (none or absent: all) */
  issues?: readonly string[];
  /** Goals chosen (none or absent: all; with issues, the goals chosen in those areas) */
  goals?: readonly string[];
}

/** What the page and the embed hand their comparison once the data has loaded. */
export type CompareData = Pick<CompareChartInput, 'framework' | 'summary' | 'codes' | 'dropped'>;

export interface CompareGoalsOptions {
  /**
   * Statuses only (the embed): no analyses under the statuses, so each state's as-of date comes
   * from the summary instead of from its full evaluation.
   */
  statusesOnly?: boolean;
}

export interface CompareState {
  code: string;
  name: string;
  color: string;
  /** What the edition summary says of the state, a line each, under its name */
  lines: string[];
  /** Only a state with evaluated goals has a full evaluation worth fetching */
  evaluated: boolean;
}

export interface CompareGoalsModel {
  codes: readonly string[];
  states: CompareState[];
  /** The issue areas with the goals shown, after the filters; an area with none is left out */
  areas: CompareArea[];
  totalGoals: number;
  /** Goals on which the states differ, of those chosen, whatever is shown */
  differing: number;
  /** Counts over the goals chosen (before "differences only") */
  counts: CompareCounts;
  /** Whether the goal choice leaves some goal out */
  choosing: boolean;
  /** What the comparison shows and could not compare, a sentence each (the first is `summary`) */
  sentences: string[];
  /**
   * What the edition summary holds of each state on each goal shown with typed facts: its
   * readings (values, basis), one list per state in order. The page adds sources from the full
   * evaluation when it has loaded.
   */
  facts: ReadonlyMap<string, readonly (readonly FactReading[])[]>;
  /** Whether the analyses (summary, statutes, recommendations) may show under each status */
  analyses: boolean;
  /** Said when the link named more states than a comparison holds */
  droppedNote: string | null;
  /** The table alternative: a row per goal shown, a column per state */
  table: {
    caption: string;
    columns: string[];
    rows: { goalId: string; header: string; statuses: Status[] }[];
  };
}

export interface CompareProfileModel {
  codes: readonly string[];
  profile: ProfileArea[];
  legend: { code: string; label: string; color: string }[];
  /** A sentence per state: its strongest and weakest issue area */
  lines: string[];
  /** Which states have issue areas without a score (unknown, not zero), or null */
  gapNote: string | null;
  /** Said when the goals chosen are part of an area: the area's score is over all its goals */
  scopeNote: string | null;
  /** Indexes (in `codes`) of the states with a score in some area shown: the others get no bars */
  drawn: number[];
  /** Which states the chart leaves out for having no score at all, or null */
  leftOutNote: string | null;
  /** The table alternative: a row per issue area, a cell per state */
  table: {
    caption: string;
    columns: string[];
    rows: { id: string; header: string; cells: { value: string; note: string }[] }[];
  };
}

export type CompareGoalsDefinition = ChartDefinition<CompareGoalsModel>;
export type CompareProfileDefinition = ChartDefinition<CompareProfileModel>;

/** What a chart's frame shows of its definition, for ChartFrame's props. */
export function frameTexts({
  title,
  subtitle,
  source,
  synthetic,
}: Pick<ChartDefinition<unknown>, 'title' | 'subtitle' | 'source' | 'synthetic'>) {
  return { title, subtitle, source, synthetic };
}

/** "Connecticut", "Connecticut and Massachusetts", "Connecticut, Massachusetts and New York" */
export function listStateNames(codes: readonly string[]): string {
  const names = codes.map(stateName);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Why some of the link's states are not shown, or null when all are. */
export function droppedNote(shown: readonly string[], dropped: readonly string[]): string | null {
  if (dropped.length === 0) return null;
  return (
    `The link named ${shown.length + dropped.length} states; a comparison holds ${MAX_COMPARE}, ` +
    `so ${listStateNames(dropped)} ${dropped.length === 1 ? 'is' : 'are'} left out.`
  );
}

/** "Laws as of Aug 1, 2022": the date a state's evaluated law stands at. */
export function lawsAsOf(isoDate: string): string {
  return `Laws as of ${formatShortDate(isoDate)}`;
}

/** What both charts share: the states' summaries, the source line, the as-of dates. */
function context(input: CompareChartInput) {
  const { framework, summary, codes, year } = input;
  const synthetic = summary.synthetic;
  const byCode = new Map<string, SummaryState>(summary.states.map((s) => [s.code, s]));
  // A state's as-of date counts only when some goal of it is evaluated.
  const asOfOf = (code: string): string | null => {
    const s = byCode.get(code);
    return s?.asOf && s.evaluated > 0 ? s.asOf : null;
  };
  const asOf = [...new Set(codes.flatMap((c) => asOfOf(c) ?? []))].sort();
  const asOfText = asOf.length ? ` Laws as of ${asOf.map(formatShortDate).join(', ')}.` : '';
  const source = synthetic
    ? `Statuses: synthetic demo data generated by Statewise (describes no real law).${asOfText} Coverage score: Statewise’s measure, equal weights.`
    : `Statuses: ${publisherName(framework)}, ${publisherEditionLabel(framework, year)}.${asOfText} Coverage score: Statewise’s measure (equal weights), not ${publisherPossessive(framework)} score.`;
  const edition = `${year} edition, ${synthetic ? 'synthetic demo data' : 'report data'}`;
  const totalGoals = framework.issueAreas.reduce((n, a) => n + a.goals.length, 0);
  return { synthetic, byCode, asOfOf, asOf, source, edition, totalGoals };
}

type Context = ReturnType<typeof context>;

/** The texts every chart's image opens with. */
interface SvgHead {
  title: string;
  subtitle: string;
  source: string;
  synthetic: boolean;
}

/** What one chart adds to the texts both share. */
interface ChartParts<M> {
  model: M;
  title: string;
  subtitle: string;
  summary: string;
  /** The file name's part after the states ("profile"), or null */
  filePart: string | null;
  /** The choices in force beyond the states, in words */
  selection: readonly ExportSelectionItem[];
  notes: readonly string[];
  table: () => ExportTable;
  svg: (head: SvgHead) => Promise<SvgDocument>;
}

function definition<M>(
  input: CompareChartInput,
  ctx: Context,
  parts: ChartParts<M>,
): ChartDefinition<M> {
  const { title, subtitle } = parts;
  const { source, synthetic, asOf } = ctx;
  const meta: ExportMeta = {
    view: 'Compare',
    title,
    subtitle,
    edition: input.year,
    dataset: input.dataset,
    synthetic,
    selection: [
      { label: 'States', value: input.codes.map(stateName).join(', ') },
      ...parts.selection,
    ],
    source,
    asOf,
    ...frameworkExportMeta(input.framework),
    notes: parts.notes,
  };
  return {
    model: parts.model,
    title,
    subtitle,
    source,
    asOf,
    summary: parts.summary,
    synthetic,
    exportSpec: {
      fileStem: exportFileStem({
        view: 'compare',
        year: input.year,
        selection: [statesPart(input.codes), parts.filePart],
        synthetic,
      }),
      meta,
      table: parts.table,
      svg: () => parts.svg({ title, subtitle, source, synthetic }),
    },
  };
}

/** The goals the table shows: each filter of the input, in turn; areas with none left out. */
function rowsShown(areas: readonly CompareArea[], input: CompareChartInput): CompareArea[] {
  const filtered = input.diff ? differencesOnly(areas) : [...areas];
  return filtered.filter((a) => a.rows.length > 0);
}

/** The goals chosen (`issues`, `goals`), in the framework's order. */
function chosenGoals(input: CompareChartInput): string[] {
  return goalsShown(input.framework, choiceOf(input));
}

function choiceOf(input: CompareChartInput): GoalChoice {
  return { issues: input.issues ?? [], goals: input.goals ?? [] };
}

/** The file name's part for the goals chosen: "goals-2.5-2.9-4.6", "issues-2-4", "11-goals". */
function goalsFilePart(input: CompareChartInput, chosen: readonly string[]): string | null {
  const choice = choiceOf(input);
  if (!narrowsGoals(input.framework, choice)) return null;
  if (choice.goals.length === 0) return `issues-${[...choice.issues].join('-')}`;
  return chosen.length <= 6 ? `goals-${chosen.join('-')}` : `${chosen.length}-goals`;
}

function stateLines(
  s: SummaryState | undefined,
  totalGoals: number,
  asOf: string | null,
): string[] {
  const lines = [
    s
      ? s.score !== null
        ? `Coverage score ${formatScore(s.score)} · ${s.evaluated} of ${totalGoals} goals evaluated`
        : 'No goal evaluated in this edition'
      : 'No evaluation in this edition',
  ];
  if (s?.published) {
    lines.push(`Published grade ${s.published.grade}${s.published.inferred ? ' (inferred)' : ''}`);
  }
  if (asOf) lines.push(lawsAsOf(asOf));
  return lines;
}

/** The goal-by-goal table: each state's status of each goal shown. */
export function compareGoalsChart(
  input: CompareChartInput,
  options: CompareGoalsOptions = {},
): CompareGoalsDefinition {
  const { framework, summary, codes } = input;
  const statusesOnly = options.statusesOnly ?? false;
  const ctx = context(input);
  const chosen = chosenGoals(input);
  const all = compareRows(framework, summary, codes, chosen);
  const areas = rowsShown(all, input);
  const counts = countRows(all, codes);
  const { differing } = counts;
  const total = ctx.totalGoals;
  const names = codes.map(stateName);
  const choosing = narrowsGoals(framework, choiceOf(input));
  const choice = describeGoalChoice(framework, choiceOf(input));

  const title = `Goal by goal: ${listStateNames(codes)}`;
  const scope = choosing ? choice : `all ${total} policy goals`;
  const subtitle = `Status of ${input.diff ? `the goals where they differ${choosing ? ` (of ${choice})` : ''}` : scope}, ${ctx.edition}`;
  const sentences = comparisonSentences({
    counts,
    total,
    choosing,
    diff: input.diff,
    facts: all.some((a) => a.rows.some((r) => r.factKinds.length > 0)),
  });

  const states = codes.map((code, i): CompareState => {
    const s = ctx.byCode.get(code);
    return {
      code,
      name: names[i]!,
      color: stateColor(i),
      // With the analyses, the as-of date comes with the state's full evaluation.
      lines: stateLines(s, total, statusesOnly ? ctx.asOfOf(code) : null),
      evaluated: (s?.evaluated ?? 0) > 0,
    };
  });

  const facts = new Map<string, FactReading[][]>();
  for (const area of areas) {
    for (const row of area.rows) {
      if (row.factKinds.length === 0) continue;
      facts.set(
        row.goalId,
        codes.map((code) => factReadingsOfSummary(ctx.byCode.get(code)?.facts, row.factKinds)),
      );
    }
  }

  return definition(input, ctx, {
    model: {
      codes,
      states,
      areas,
      totalGoals: total,
      differing,
      counts,
      choosing,
      sentences,
      facts,
      analyses: !statusesOnly,
      droppedNote: droppedNote(codes, input.dropped),
      table: {
        caption: `Status of each policy goal in ${listStateNames(codes)}`,
        columns: ['Policy goal', ...names],
        rows: areas.flatMap((area) =>
          area.rows.map((row) => ({
            goalId: row.goalId,
            header: `${row.goalId} ${row.title}`,
            statuses: row.statuses,
          })),
        ),
      },
    },
    title,
    subtitle,
    summary: sentences.join(' '),
    filePart:
      [goalsFilePart(input, chosen), input.diff ? 'differences' : null].filter(Boolean).join('-') ||
      null,
    selection: [
      { label: 'Goals', value: choosing ? choice : 'all' },
      ...(input.diff
        ? [
            {
              label: 'Differences only',
              value:
                'goals where the states’ statuses differ, and goals that could not be compared (fewer than two states with a status); goals where they agree hidden',
            },
          ]
        : []),
    ],
    notes: [
      'Not evaluated: no evaluation of the goal in this dataset (unknown, not a failure).',
      'Comparison: only statuses are compared; "not compared" means fewer than two of the states have a status for the goal. Known against unknown is never a difference.',
      ...(facts.size > 0
        ? [
            'Fact rows: what the data holds beside a goal’s status (the report’s reading, or reference data with its own sources): never an evaluation, and not compared.',
          ]
        : []),
    ],
    table: () => compareGoalsTable(areas, codes, facts),
    svg: async (head) => {
      const { tableSvg } = await import('@/domain/export/svg-table');
      return tableSvg({
        ...head,
        width: Math.max(640, Math.min(980, 360 + codes.length * 110)),
        maxLines: 2,
        legend: STATUS_SVG_LEGEND,
        columns: [
          { label: 'Policy goal', weight: 3 },
          ...names.map((label) => ({ label, weight: 1 })),
        ],
        sections: areas.map((area) => ({
          heading: `${area.id}. ${area.title}`,
          rows: area.rows.flatMap((row) => [
            [
              `${row.goalId} ${row.title}${row.comparison === 'not-comparable' ? ' (not compared)' : ''}`,
              ...row.statuses.map((status) => ({
                text: `${STATUS_GLYPHS[status]} ${STATUS_WORDS[status]}`,
                fill: statusFill(status),
                color: EXPORT_ON_DATA_TEXT,
              })),
            ],
            ...factSvgRows(facts.get(row.goalId)),
          ]),
        })),
      });
    },
  });
}

/** Under a goal's statuses in the image: a row per fact line, each state's value in words. */
function factSvgRows(perState: readonly (readonly FactReading[])[] | undefined): string[][] {
  if (!perState) return [];
  const first = perState.find((r) => r.length > 0)?.[0];
  if (!first) return [];
  return first.lines.map((line, i) => [
    `· ${line.label}`,
    ...perState.map((readings) => {
      const r = readings.find((x) => x.kind === first.kind);
      const value = r?.lines[i]?.value;
      return r && value !== undefined ? `${value} (${BASIS_LABELS[r.basis].toLowerCase()})` : '—';
    }),
  ]);
}

function gapNote(profile: readonly ProfileArea[], codes: readonly string[]): string | null {
  const gaps = profileGaps(profile, codes);
  if (gaps.length === 0) return null;
  const list = gaps
    .map((g) =>
      g.areas.length === profile.length
        ? `${stateName(g.code)}: all issue areas`
        : `${stateName(g.code)}: ${g.areas.length === 1 ? 'area' : 'areas'} ${g.areas.join(', ')}`,
    )
    .join('; ');
  return `No bar means no goal of that issue area has been evaluated for the state: unknown, not zero (${list}).`;
}

/** The issue-area profile: each state's coverage score in each issue area. */
export function compareProfileChart(input: CompareChartInput): CompareProfileDefinition {
  const { framework, summary, codes } = input;
  const ctx = context(input);
  // The issue areas of the goals chosen; each scored over all its goals, as the framework counts.
  const chosen = new Set(chosenGoals(input));
  const profile = issueProfile(framework, summary, codes).filter((area) =>
    framework.issueAreas.find((a) => a.id === area.id)?.goals.some((g) => chosen.has(g.id)),
  );
  const allAreas = profile.length === framework.issueAreas.length;
  const partAreas = profile.some((area) =>
    framework.issueAreas.find((a) => a.id === area.id)?.goals.some((g) => !chosen.has(g.id)),
  );
  const scopeNote = partAreas
    ? 'Each issue area is scored over all its goals, not only the goals chosen.'
    : null;
  const names = codes.map(stateName);
  const legend = codes.map((code, i) => ({
    code,
    label: `${names[i]!} (${code})`,
    color: stateColor(i),
  }));
  const lines = profileSummary(profile, codes);
  const gaps = gapNote(profile, codes);
  // A state with no score in any area shown would be a block of empty tracks: it is named instead.
  const drawn = codes.flatMap((_, i) =>
    profile.some((area) => (area.values[i]?.score ?? null) !== null) ? [i] : [],
  );
  const leftOut = codes.filter((_, i) => !drawn.includes(i));
  const leftOutNote =
    leftOut.length === 0
      ? null
      : drawn.length === 0
        ? 'No bars: none of these states has an evaluated goal in the issue areas shown.'
        : `No bars for ${listStateNames(leftOut)}: no evaluated goal in the issue areas shown.`;

  return definition(input, ctx, {
    model: {
      codes,
      profile,
      legend,
      lines,
      gapNote: gaps,
      scopeNote,
      drawn,
      leftOutNote,
      table: {
        caption: `Coverage score by issue area: ${listStateNames(codes)}`,
        columns: ['Issue area', ...names],
        rows: profile.map((area) => ({
          id: area.id,
          header: `${area.id}. ${area.title}`,
          cells: area.values.map((v) => ({
            value: v.score !== null ? formatScore(v.score) : 'No score',
            note: `(${v.evaluated} of ${v.total} evaluated)`,
          })),
        })),
      },
    },
    title: 'Issue-area profile',
    subtitle: `Coverage score by issue area (0–100, equal weights, over the goals evaluated)${allAreas ? '' : `, areas ${profile.map((a) => a.id).join(', ')}`}, ${ctx.edition}`,
    summary: [...lines, ...(gaps ? [gaps] : []), ...(scopeNote ? [scopeNote] : [])].join(' '),
    filePart: allAreas ? 'profile' : `profile-issues-${profile.map((a) => a.id).join('-')}`,
    selection: allAreas
      ? []
      : [{ label: 'Issue areas', value: profile.map((a) => `${a.id}. ${a.title}`).join('; ') }],
    notes: [
      'Scores are the coverage score within each issue area (0–100, equal weights, over the goals evaluated); empty when no goal of the area is evaluated (unknown, not zero).',
    ],
    table: () => profileTable(profile, codes),
    svg: async (head) => {
      const { barsSvg } = await import('@/domain/export/svg-bars');
      return barsSvg({
        ...head,
        max: 100,
        ticks: [0, 25, 50, 75, 100],
        legend: {
          title: 'States',
          entries: legend.map((e) => ({ fill: e.color, label: e.label })),
        },
        notes: [
          'No bar: no goal of that issue area is evaluated for the state (unknown, not zero).',
        ],
        groups: profile.map((area) => ({
          heading: `${area.id}. ${area.title}`,
          rows: names.map((label, i) => {
            const v = area.values[i];
            const score = v?.score ?? null;
            return {
              label,
              segments: score === null ? [] : [{ value: score, fill: stateColor(i) }],
              value: score === null ? 'no score' : formatScore(score),
              note: `${v?.evaluated ?? 0}/${v?.total ?? 0} goals`,
            };
          }),
        })),
      });
    },
  });
}
