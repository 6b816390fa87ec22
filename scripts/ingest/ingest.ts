import type {
  AppendixEntry,
  Block,
  Evaluation,
  Footnote,
  GoalEvaluation,
  GoalFacts,
  RichText,
  Source,
  Status,
} from '@/domain/contract/evaluation-schema';
import { SCHEMA_VERSION } from '@/domain/contract/evaluation-schema';
import { factKindsOfGoal } from '@/domain/contract/fact-kinds';
import { frameworkGoals, type Framework } from '@/domain/contract/framework-schema';
import { jurisdictionByCode } from '@/domain/format/jurisdictions';
import { validateEvaluation } from '@/domain/contract/validate-evaluation';
import {
  juvenileJurisdictionFacts,
  statuteOfLimitationsFacts,
  victimProtectionFacts,
} from './facts';
import type { Overrides } from './overrides';
import { parseReport, type FootnoteDraft, type Owner } from './parse-report';
import { conclusion, proposeStatus } from './propose-status';
import { findCitations, mergeStatutes } from './statutes';
import { parseLongDate, quoteForMessage } from './text';

export class IngestError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'IngestError';
  }
}

export interface IngestOptions {
  state: string;
  year: number;
  framework: Framework;
  overrides?: Overrides;
  allowPartial?: boolean;
  asOf?: string;
  sourceUrl?: string;
  /** The file being replaced: fields owned by the reference import are carried over */
  existing?: Evaluation;
}

export interface GoalReport {
  id: string;
  proposed: Status;
  reason: string;
  status: Status;
  overridden: boolean;
}

export interface IngestReport {
  goalsFound: number;
  goalsMissing: string[];
  recommendations: number;
  footnotes: { total: number; intro: number; goals: number; appendix: number };
  tables: { goal: string; columns: number; rows: string[] }[];
  statutes: { distinct: number; citations: number };
  extraCredit: { goal: string; notes: number }[];
  appendix: { sections: number; offences: number };
  facts: string[];
  statuses: GoalReport[];
  warnings: string[];
}

export interface IngestResult {
  evaluation: Evaluation;
  report: IngestReport;
}

/** Rejects input that is not a text report: empty, binary, or not UTF-8. */
export function decodeReport(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError(['the report is empty']);
  if (bytes.includes(0))
    throw new IngestError(['the report is a binary file, not text (it contains NUL bytes)']);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(['the report is not UTF-8 text']);
  }
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = (text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g) ?? []).length;
  if (controls > Math.max(8, text.length / 1000)) {
    throw new IngestError([
      'the report contains control characters: it does not look like converted text',
    ]);
  }
  if (text.trim() === '') throw new IngestError(['the report contains only whitespace']);
  return text.replace(/^\uFEFF/, '');
}

function blocksText(blocks: Block[] | undefined): string[] {
  return (blocks ?? []).flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.text) : [b.text]));
}

function toRichText(blocks: Block[]): RichText[] {
  return blocks.flatMap((b) =>
    b.type === 'list'
      ? b.items
      : [{ text: b.text, ...(b.refs && b.refs.length > 0 ? { refs: b.refs } : {}) }],
  );
}

function sameOwner(a: Owner, b: Owner): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function normaliseTitle(s: string): string {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

export function ingestReport(text: string, options: IngestOptions): IngestResult {
  const { state, year, framework } = options;
  const problems: string[] = [];
  const jurisdiction = jurisdictionByCode(state);
  if (!jurisdiction) throw new IngestError([`unknown state code "${state}"`]);
  if (!framework.editions.includes(year)) {
    throw new IngestError([
      `unknown year ${year}: ${framework.id} has editions ${framework.editions.join(', ')}`,
    ]);
  }
  if (!text.includes(jurisdiction.name)) {
    throw new IngestError([
      `the report never mentions ${jurisdiction.name}: is --state ${state} the right state?`,
    ]);
  }

  const parsed = parseReport(text);
  problems.push(...parsed.errors);
  const warnings = [...parsed.warnings];
  if (parsed.goals.length === 0) {
    throw new IngestError([
      'no policy goals found: expected headings such as "**Policy Goal 1.1** …"',
      ...problems,
    ]);
  }

  const asOfMatch = /enacted as of ([A-Z][a-z]+ \d{1,2}, \d{4})/.exec(text);
  const asOf = options.asOf ?? (asOfMatch ? parseLongDate(asOfMatch[1]!) : null);
  if (!asOf) {
    problems.push(
      'cannot find the date the laws are evaluated as of ("enacted as of <date>"): pass --as-of YYYY-MM-DD',
    );
  }

  const known = new Map(frameworkGoals(framework).map((g) => [g.id, g]));
  for (const g of parsed.goals) {
    if (!known.has(g.id))
      problems.push(`line ${g.line}: Policy Goal ${g.id} is not a goal of ${framework.id}`);
  }
  const drafts = new Map(parsed.goals.map((g) => [g.id, g]));
  const missing = [...known.keys()].filter((id) => !drafts.has(id));
  if (missing.length > 0 && !options.allowPartial) {
    problems.push(
      `the report is missing ${missing.length} goal(s): ${missing.join(', ')} (use --allow-partial to write them as not-evaluated)`,
    );
  }
  for (const id of Object.keys(options.overrides?.goals ?? {})) {
    if (!known.has(id)) problems.push(`the overrides file names unknown goal ${id}`);
    else if (!drafts.has(id))
      warnings.push(`override for goal ${id} ignored: the report has no such goal`);
  }

  // Footnotes sit on the part that cites them; one nothing cites stays where it was defined.
  const footnotesOf = (who: Owner): Footnote[] => {
    const list: FootnoteDraft[] = [];
    for (const [n, fn] of parsed.footnotes) {
      const owner = parsed.citedBy.get(n) ?? fn.definedIn;
      if (sameOwner(owner, who)) list.push(fn);
    }
    return list.sort((a, b) => a.n - b.n).map((fn) => ({ n: fn.n, blocks: fn.blocks }));
  };
  for (const n of parsed.footnotes.keys()) {
    if (!parsed.citedBy.has(n))
      warnings.push(`footnote ${n} is never cited; kept where it is defined`);
  }
  for (const n of parsed.citedBy.keys()) {
    if (!parsed.footnotes.has(n))
      warnings.push(`footnote ${n} is cited but its text was not found`);
  }

  const source: Source = {
    key: 'report',
    title: `Shared Hope International, ${year} Report Cards on Child & Youth Sex Trafficking: ${jurisdiction.name} state report`,
    ...(options.sourceUrl ? { url: options.sourceUrl } : {}),
    ...(asOf ? { asOf: `laws enacted as of ${asOf}` } : {}),
  };

  const statusReports: GoalReport[] = [];
  const factNames: string[] = [];
  let citations = 0;
  const allStatutes = new Set<string>();
  const goals: GoalEvaluation[] = [...known.values()].map((fg) => {
    const draft = drafts.get(fg.id);
    if (!draft) return { id: fg.id, title: fg.title, status: 'not-evaluated' as const };
    if (normaliseTitle(draft.title) !== normaliseTitle(fg.title)) {
      warnings.push(
        `Policy Goal ${fg.id}: title differs from the framework: ${quoteForMessage(draft.title)}`,
      );
    }
    const footnotes = footnotesOf({ kind: 'goal', id: fg.id });
    const analysisText = blocksText(draft.analysis).join('\n');

    const facts: GoalFacts = {};
    // The framework says which goal holds each kind of fact; only that goal's text is read for it.
    const kinds = factKindsOfGoal(framework, fg.id);
    if (kinds.includes('juvenileJurisdiction') && draft.table) {
      const f = juvenileJurisdictionFacts(draft.table, analysisText, state, source);
      if (typeof f === 'string') warnings.push(`Policy Goal ${fg.id}: no typed facts: ${f}`);
      else facts.juvenileJurisdiction = f;
    }
    if (kinds.includes('victimProtections') && draft.table) {
      const f = victimProtectionFacts(draft.table, state, source);
      if (typeof f === 'string') warnings.push(`Policy Goal ${fg.id}: no typed facts: ${f}`);
      else facts.victimProtections = f;
    }
    if (kinds.includes('statuteOfLimitations') && draft.analysis.length > 0) {
      facts.statuteOfLimitations = statuteOfLimitationsFacts(draft.analysis, state, source);
    }
    factNames.push(...Object.keys(facts).map((k) => `${k} (${fg.id})`));

    const proposal = proposeStatus({
      analysis: draft.analysis,
      recommendations: draft.recommendations,
      facts,
      hasTable: !!draft.table,
    });
    const override = options.overrides?.goals[fg.id];
    const status = override?.status ?? proposal.status;
    const reviewedAll = options.overrides?.reviewed === 'all';
    statusReports.push({
      id: fg.id,
      proposed: proposal.status,
      reason: proposal.reason,
      status,
      overridden: !!override && override.status !== proposal.status,
    });

    const texts = [
      ...blocksText(draft.analysis),
      ...draft.recommendations.map((r) => r.text),
      ...(draft.table?.rows.flatMap((r) => r.cells) ?? []),
      ...blocksText(draft.extraCredit),
      ...footnotes.flatMap((f) => blocksText(f.blocks)),
    ];
    const found = texts.flatMap((t) => findCitations(t, state).map((c) => c.statute));
    citations += found.length;
    const statutes = mergeStatutes(found);
    statutes.forEach((s) => allStatutes.add(s.id));

    const summary =
      conclusion(draft.analysis) ??
      (draft.table
        ? draft.table.columns
            .map((c, i) => `${c}: ${draft.table!.rows[0]?.cells[i] ?? ''}`)
            .join(' ')
        : undefined);
    const extraCredit = toRichText(draft.extraCredit);
    const goal: GoalEvaluation = {
      id: fg.id,
      title: draft.title,
      status,
      review: {
        proposed: proposal.status,
        reason: proposal.reason,
        decision: override ? 'overridden' : reviewedAll ? 'accepted' : 'proposed',
        ...(override ? { note: override.note } : {}),
      },
      ...(summary ? { summary } : {}),
      ...(draft.analysis.length > 0 ? { analysis: draft.analysis } : {}),
      ...(statutes.length > 0 ? { statutes } : {}),
      ...(draft.recommendations.length > 0 ? { recommendations: draft.recommendations } : {}),
      ...(footnotes.length > 0 ? { footnotes } : {}),
      ...(draft.table ? { table: draft.table } : {}),
      ...(extraCredit.length > 0 ? { extraCredit } : {}),
      ...(Object.keys(facts).length > 0 ? { facts } : {}),
    };
    const kept = options.existing?.goals.find((g) => g.id === fg.id)?.referenceFacts;
    if (kept) goal.referenceFacts = kept;
    return goal;
  });

  const appendix = parsed.appendix.map((section, s) => ({
    title: section.title,
    entries: section.entries.flatMap((entry): AppendixEntry[] => {
      const cited = findCitations(entry.intro.text, state)[0];
      if (!cited) {
        problems.push(`line ${entry.line}: appendix entry ${entry.n} names no statute`);
        return [];
      }
      const penalty = entry.penalty.join(' ');
      const classifications = [
        ...new Set(
          [...penalty.matchAll(/\bclass\s+([A-F])\s+(felony|misdemeanor)/gi)].map(
            (m) => `Class ${m[1]!.toUpperCase()} ${m[2]!.toLowerCase()}`,
          ),
        ),
      ];
      if (!penalty) warnings.push(`line ${entry.line}: appendix entry ${entry.n} has no penalty`);
      const footnotes = footnotesOf({ kind: 'entry', section: s, n: entry.n });
      return [
        {
          n: entry.n,
          statute: cited.statute,
          name: cited.statute.title ?? entry.intro.text.replace(/\s+(states|provides),?$/i, ''),
          blocks: entry.blocks,
          classifications,
          penalty,
          ...(footnotes.length > 0 ? { footnotes } : {}),
        },
      ];
    }),
  }));

  if (problems.length > 0) throw new IngestError(problems);

  const introFootnotes = footnotesOf({ kind: 'intro' });
  const existingSources = (options.existing?.sources ?? []).filter(
    (s) => s.key !== source.key && s.title !== source.title,
  );
  const evaluation: Evaluation = {
    schemaVersion: SCHEMA_VERSION,
    framework: framework.id,
    state,
    year,
    asOf,
    synthetic: false,
    sources: [source, ...existingSources],
    ...(options.existing?.published ? { published: options.existing.published } : {}),
    ...(parsed.intro.length > 0 || introFootnotes.length > 0
      ? {
          introduction: {
            blocks: parsed.intro,
            ...(introFootnotes.length > 0 ? { footnotes: introFootnotes } : {}),
          },
        }
      : {}),
    goals,
    ...(appendix.length > 0 ? { appendix } : {}),
  };

  const checked = validateEvaluation(evaluation, framework, { state, year, synthetic: false });
  if (!checked.ok) {
    throw new IngestError(
      checked.violations.map((v) => `the evaluation would be invalid at ${v.path}: ${v.message}`),
    );
  }

  const footnoteCount = (list: Footnote[] | undefined) => list?.length ?? 0;
  const report: IngestReport = {
    goalsFound: parsed.goals.length,
    goalsMissing: missing,
    recommendations: goals.reduce((n, g) => n + (g.recommendations?.length ?? 0), 0),
    footnotes: {
      total: parsed.footnotes.size,
      intro: introFootnotes.length,
      goals: goals.reduce((n, g) => n + footnoteCount(g.footnotes), 0),
      appendix: appendix.reduce(
        (n, s) => n + s.entries.reduce((m, e) => m + footnoteCount(e.footnotes), 0),
        0,
      ),
    },
    tables: goals.flatMap((g) =>
      g.table
        ? [{ goal: g.id, columns: g.table.columns.length, rows: g.table.rows.map((r) => r.label) }]
        : [],
    ),
    statutes: { distinct: allStatutes.size, citations },
    extraCredit: goals.flatMap((g) =>
      g.extraCredit ? [{ goal: g.id, notes: g.extraCredit.length }] : [],
    ),
    appendix: {
      sections: appendix.length,
      offences: appendix.reduce((n, s) => n + s.entries.length, 0),
    },
    facts: factNames,
    statuses: statusReports,
    warnings,
  };
  return { evaluation: checked.value, report };
}
