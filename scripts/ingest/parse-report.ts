import type { Block, GoalTable, Recommendation } from '@/domain/contract/evaluation-schema';
import {
  cleanInline,
  continuesQuote,
  endsSentence,
  introducesQuote,
  joinText,
  quoteForMessage,
  startsLowercase,
  type CleanText,
} from './text';
import { splitUnits, type Unit } from './units';

/**
 * Reads the units of a converted report into drafts of its parts: the introduction, each policy
 * goal (analysis, recommendations, table, extra credit), the appendix of offences, and every
 * footnote with the part that cites it. Footnote blocks interrupt the text wherever a page ended,
 * so text after a footnote block is joined back to the paragraph it continues.
 */

export type Owner =
  { kind: 'intro' } | { kind: 'goal'; id: string } | { kind: 'entry'; section: number; n: number };

export interface GoalDraft {
  id: string;
  title: string;
  line: number;
  issue: string | null;
  analysis: Block[];
  recommendations: Recommendation[];
  extraCredit: Block[];
  table?: GoalTable;
}

export interface EntryDraft {
  n: number;
  line: number;
  intro: CleanText;
  blocks: Block[];
  penalty: string[];
}

export interface SectionDraft {
  title: string;
  line: number;
  entries: EntryDraft[];
}

export interface FootnoteDraft {
  n: number;
  line: number;
  blocks: Block[];
  /** The part being read when the footnote was defined, used only if nothing cites it */
  definedIn: Owner;
}

export interface ParsedReport {
  intro: Block[];
  issues: { id: string; title: string; line: number }[];
  goals: GoalDraft[];
  appendix: SectionDraft[];
  footnotes: Map<number, FootnoteDraft>;
  /** First part citing each footnote */
  citedBy: Map<number, Owner>;
  errors: string[];
  warnings: string[];
}

function lastText(block: Block | undefined): string {
  if (!block) return '';
  if (block.type === 'list') return block.items[block.items.length - 1]?.text ?? '';
  return block.text;
}

function isQuoted(block: Block | undefined): boolean {
  return !!block && (block.type === 'quote' || (block.type === 'list' && block.quote === true));
}

function withRefs<T extends object>(obj: T, refs: CleanText['refs']): T {
  return refs.length > 0 ? { ...obj, refs } : obj;
}

/** Appends a paragraph, deciding from its neighbour whether it is quoted law or prose. */
export function appendParagraph(blocks: Block[], text: CleanText, leadIn?: string): Block {
  const prev = blocks[blocks.length - 1];
  const prevText = prev ? lastText(prev) : (leadIn ?? '');
  const quoted =
    (prev === undefined && leadIn !== undefined && introducesQuote(leadIn)) ||
    (prev !== undefined &&
      (introducesQuote(prevText) || (isQuoted(prev) && continuesQuote(text.text))));
  const block: Block = withRefs(
    { type: quoted ? 'quote' : 'paragraph', text: text.text },
    text.refs,
  );
  blocks.push(block);
  return block;
}

export function appendList(blocks: Block[], items: CleanText[], leadIn?: string): void {
  const prev = blocks[blocks.length - 1];
  const prevText = prev ? lastText(prev) : (leadIn ?? '');
  const quoted =
    introducesQuote(prevText) || (prev !== undefined && isQuoted(prev) && !endsSentence(prevText));
  blocks.push({
    type: 'list',
    items: items.map((i) => withRefs({ text: i.text }, i.refs)),
    ...(quoted ? { quote: true } : {}),
  });
}

/** Joins text that continues the last block (a sentence cut by a page or footnote break). */
export function appendContinuation(blocks: Block[], text: CleanText): void {
  const last = blocks[blocks.length - 1];
  if (!last) {
    blocks.push(withRefs({ type: 'paragraph', text: text.text }, text.refs));
    return;
  }
  if (last.type === 'list') {
    const item = last.items[last.items.length - 1]!;
    const joined = joinText({ text: item.text, refs: item.refs ?? [] }, text);
    last.items[last.items.length - 1] = withRefs({ text: joined.text }, joined.refs);
    return;
  }
  const joined = joinText({ text: last.text, refs: last.refs ?? [] }, text);
  blocks[blocks.length - 1] = withRefs({ type: last.type, text: joined.text }, joined.refs);
}

function parseTable(lines: string[]): { table: GoalTable; cellRefs: number[] } | string {
  const header = lines.find((l) => l.startsWith('\t'));
  if (!header) return 'the table has no header row';
  const columns = header
    .split('\t')
    .slice(1)
    .map((c) => cleanInline(c).text);
  const cellRefs: number[] = [];
  const rows: GoalTable['rows'] = [];
  for (const line of lines) {
    if (line === header) continue;
    const parts = line.split('\t');
    const label = cleanInline(parts[0]!.replace(/<\/?b>/gi, '')).text;
    const cells = parts.slice(1).map((c) => {
      const clean = cleanInline(c);
      cellRefs.push(...clean.refs.map((r) => r.n));
      return clean.text;
    });
    if (cells.length !== columns.length) {
      return `table row ${quoteForMessage(label)} has ${cells.length} cells for ${columns.length} columns`;
    }
    rows.push({ label, cells });
  }
  if (rows.length === 0) return 'the table has no rows';
  return { table: { columns, rows }, cellRefs };
}

const APPENDIX_HEADING = /^(State Laws|Offen[cs]es|Penalt|Appendix)/i;
const STRUCTURAL = new Set<Unit['kind']>([
  'issue',
  'goal',
  'extra-credit',
  'heading',
  'rule',
  'recommendation',
  'table',
  'footnote',
]);

export function parseReport(input: string): ParsedReport {
  const units = splitUnits(input);
  const out: ParsedReport = {
    intro: [],
    issues: [],
    goals: [],
    appendix: [],
    footnotes: new Map(),
    citedBy: new Map(),
    errors: [],
    warnings: [],
  };
  type Mode = 'intro' | 'issue' | 'goal' | 'extra' | 'appendix';
  let mode: Mode = 'intro';
  let issue: string | null = null;
  let goal: GoalDraft | undefined;
  let section: SectionDraft | undefined;
  let entry: EntryDraft | undefined;
  let footnote: FootnoteDraft | undefined;
  let pendingTitle = false;
  const goalLines = new Map<string, number>();
  const recIds = new Set<string>();

  const owner = (): Owner | undefined => {
    if (mode === 'intro') return { kind: 'intro' };
    if ((mode === 'goal' || mode === 'extra') && goal) return { kind: 'goal', id: goal.id };
    if (mode === 'appendix' && entry)
      return { kind: 'entry', section: out.appendix.length - 1, n: entry.n };
    return undefined;
  };
  const cite = (refs: { n: number }[] | number[]) => {
    const who = owner();
    if (!who) return;
    for (const r of refs) {
      const n = typeof r === 'number' ? r : r.n;
      if (!out.citedBy.has(n)) out.citedBy.set(n, who);
    }
  };
  const body = (u: Unit): Block[] | undefined => {
    if (mode === 'intro') return out.intro;
    if (mode === 'goal' && goal) return goal.analysis;
    if (mode === 'extra' && goal) return goal.extraCredit;
    if (mode === 'appendix' && entry) return entry.blocks;
    out.warnings.push(`line ${u.line}: text outside any goal or appendix entry was skipped`);
    return undefined;
  };

  for (const u of units) {
    if (footnote) {
      const ends =
        STRUCTURAL.has(u.kind) ||
        u.blanksBefore >= 2 ||
        (u.kind === 'numbered' && mode === 'appendix');
      if (!ends) {
        if (u.kind === 'list') {
          appendList(footnote.blocks, u.items.map(cleanInline));
          continue;
        }
        const raw =
          u.kind === 'numbered' ? `${u.n}. ${u.raw}` : u.kind === 'paragraph' ? u.raw : '';
        const text = cleanInline(raw);
        const prevText = lastText(footnote.blocks[footnote.blocks.length - 1]);
        if (startsLowercase(text.text) && endsSentence(prevText)) {
          // The footnote ended; this is the body text the footnote block interrupted.
          footnote = undefined;
          const target = body(u);
          if (target) {
            appendContinuation(target, text);
            cite(text.refs);
          }
          continue;
        }
        appendParagraph(footnote.blocks, text);
        continue;
      }
      footnote = undefined;
    }

    switch (u.kind) {
      case 'footnote': {
        if (out.footnotes.has(u.n)) {
          out.errors.push(
            `line ${u.line}: footnote ${u.n} is defined twice (also line ${out.footnotes.get(u.n)!.line})`,
          );
          break;
        }
        footnote = { n: u.n, line: u.line, blocks: [], definedIn: owner() ?? { kind: 'intro' } };
        const first = cleanInline(u.raw);
        footnote.blocks.push(withRefs({ type: 'paragraph', text: first.text }, first.refs));
        out.footnotes.set(u.n, footnote);
        break;
      }
      case 'rule':
        break;
      case 'issue':
        issue = u.id;
        out.issues.push({ id: u.id, title: u.title, line: u.line });
        mode = 'issue';
        goal = undefined;
        break;
      case 'goal': {
        const prev = goalLines.get(u.id);
        if (prev !== undefined) {
          out.errors.push(`line ${u.line}: Policy Goal ${u.id} appears twice (also line ${prev})`);
        }
        goalLines.set(u.id, u.line);
        goal = {
          id: u.id,
          title: u.title,
          line: u.line,
          issue,
          analysis: [],
          recommendations: [],
          extraCredit: [],
        };
        if (prev === undefined) out.goals.push(goal);
        if (issue !== null && u.id.split('.')[0] !== issue) {
          out.warnings.push(`line ${u.line}: Policy Goal ${u.id} appears under Issue ${issue}`);
        }
        mode = 'goal';
        pendingTitle = u.title === '';
        break;
      }
      case 'extra-credit':
        if (!goal) out.warnings.push(`line ${u.line}: EXTRA CREDIT outside any goal was skipped`);
        mode = goal ? 'extra' : mode;
        break;
      case 'heading':
        if (APPENDIX_HEADING.test(u.text) || mode === 'appendix') {
          section = { title: u.text, line: u.line, entries: [] };
          out.appendix.push(section);
          entry = undefined;
          goal = undefined;
          mode = 'appendix';
        } else {
          out.warnings.push(
            `line ${u.line}: unrecognised heading ${quoteForMessage(u.text)} ignored`,
          );
        }
        break;
      case 'recommendation': {
        if (!goal) {
          out.errors.push(`line ${u.line}: recommendation ${u.id} is outside any policy goal`);
          break;
        }
        if (!u.id.startsWith(`${goal.id}.`)) {
          out.errors.push(
            `line ${u.line}: recommendation ${u.id} appears under Policy Goal ${goal.id}`,
          );
          break;
        }
        if (recIds.has(u.id)) {
          out.errors.push(`line ${u.line}: recommendation ${u.id} appears twice`);
          break;
        }
        recIds.add(u.id);
        const text = cleanInline(
          u.raw.replace(/^(?:[-*•]\s+)?\d+\.\d+\.\d+\s+Recommendation\s*:\s*/i, ''),
        );
        if (!text.text) {
          out.errors.push(`line ${u.line}: recommendation ${u.id} has no text`);
          break;
        }
        // A recommendation closes an extra-credit block: what follows is the goal's own text.
        mode = 'goal';
        cite(text.refs);
        goal.recommendations.push(withRefs({ id: u.id, text: text.text }, text.refs));
        break;
      }
      case 'table': {
        if (!goal) {
          out.warnings.push(`line ${u.line}: a table outside any goal was skipped`);
          break;
        }
        const parsed = parseTable(u.lines);
        if (typeof parsed === 'string') {
          out.errors.push(`line ${u.line}: Policy Goal ${goal.id}: ${parsed}`);
          break;
        }
        if (goal.table) {
          out.errors.push(`line ${u.line}: Policy Goal ${goal.id} has more than one table`);
          break;
        }
        goal.table = parsed.table;
        cite(parsed.cellRefs);
        break;
      }
      case 'list': {
        const target = body(u);
        if (!target) break;
        const items = u.items.map(cleanInline);
        items.forEach((i) => cite(i.refs));
        appendList(target, items, leadIn());
        break;
      }
      case 'numbered': {
        if (mode === 'appendix' && section) {
          entry = { n: u.n, line: u.line, intro: cleanInline(u.raw), blocks: [], penalty: [] };
          section.entries.push(entry);
          cite(entry.intro.refs);
          break;
        }
        addParagraph(u, cleanInline(`${u.n}. ${u.raw}`));
        break;
      }
      case 'paragraph':
        if (pendingTitle && goal) {
          goal.title = cleanInline(u.raw).text;
          pendingTitle = false;
          break;
        }
        addParagraph(u, cleanInline(u.raw));
        break;
    }
    if (u.kind !== 'goal') pendingTitle = false;
  }

  function addParagraph(u: Unit, text: CleanText) {
    const target = body(u);
    if (!target || text.text === '') return;
    cite(text.refs);
    if (startsLowercase(text.text) && target.length > 0) {
      appendContinuation(target, text);
      return;
    }
    if (mode === 'appendix' && entry && /\bpunishable\b/i.test(text.text)) {
      const probe: Block[] = [...target];
      const block = appendParagraph(probe, text, leadIn());
      if (block.type === 'paragraph') {
        entry.penalty.push(text.text);
        return;
      }
    }
    appendParagraph(target, text, leadIn());
  }

  /** An appendix entry opens with "<statute> states," — its first paragraph is quoted law. */
  function leadIn(): string | undefined {
    return mode === 'appendix' && entry ? entry.intro.text : undefined;
  }

  return out;
}
