/**
 * Splits a converted report into units — runs of non-blank lines — and names what each one is.
 * The converter's output is irregular (README, "Ingest a report"), so every pattern accepts the
 * variants seen in real reports: `**Policy Goal 1.1**`, `### **Policy Goal 4.1**`, `### Policy Goal
 * 4.5`, a title on the next line, recommendations with or without a list dash.
 */
export type Unit =
  | { kind: 'issue'; line: number; blanksBefore: number; id: string; title: string }
  | { kind: 'goal'; line: number; blanksBefore: number; id: string; title: string }
  | { kind: 'extra-credit'; line: number; blanksBefore: number }
  | { kind: 'heading'; line: number; blanksBefore: number; text: string }
  | { kind: 'rule'; line: number; blanksBefore: number }
  | { kind: 'footnote'; line: number; blanksBefore: number; n: number; raw: string }
  | { kind: 'recommendation'; line: number; blanksBefore: number; id: string; raw: string }
  | { kind: 'table'; line: number; blanksBefore: number; lines: string[] }
  | { kind: 'list'; line: number; blanksBefore: number; items: string[] }
  | { kind: 'numbered'; line: number; blanksBefore: number; n: number; raw: string }
  | { kind: 'paragraph'; line: number; blanksBefore: number; raw: string };

const ISSUE = /^#{1,6}\s*(?:\*\*)?\s*ISSUE\s+(\d+)\s*[:.–-]\s*(.*?)(?:\*\*)?\s*$/i;
// A goal heading is marked up (`#` or bold): "see Policy Goal 1.1" in prose is not a heading.
const GOAL = /^(?:#{1,6}\s*(?:\*\*)?|\*\*)\s*Policy\s+Goal\s+(\d+\.\d+)\s*(?:\*\*)?\s*(.*?)\s*$/i;
const EXTRA = /^#{1,6}\s*(?:\*\*)?\s*EXTRA\s+CREDIT\s*(?:\*\*)?\s*$/i;
const HEADING = /^#{1,6}\s+(.+?)\s*$/;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const FOOTNOTE = /^<sup>\s*(\d{1,4})\s*<\/sup>\s*/;
const RECOMMENDATION = /^(?:[-*•]\s+)?(\d+\.\d+\.\d+)\s+Recommendation\s*:\s*/i;
const LIST_ITEM = /^[-*•]\s+/;
const NUMBERED = /^(\d{1,3})\.\s+(?=\S)/;

function isHeadingLine(line: string): boolean {
  return (
    ISSUE.test(line) || GOAL.test(line) || EXTRA.test(line) || HEADING.test(line) || RULE.test(line)
  );
}

export function splitUnits(text: string): Unit[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const units: Unit[] = [];
  let blanks = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      blanks += 1;
      i += 1;
      continue;
    }
    const start = i;
    const block: string[] = [];
    // A heading is always a unit of its own, even without a blank line after it.
    if (isHeadingLine(line.trim())) {
      block.push(line);
      i += 1;
    } else {
      while (i < lines.length && lines[i]!.trim() !== '' && !isHeadingLine(lines[i]!.trim())) {
        block.push(lines[i]!);
        i += 1;
      }
    }
    units.push(classify(block, start + 1, blanks));
    blanks = 0;
  }
  return units;
}

function classify(block: string[], line: number, blanksBefore: number): Unit {
  const first = block[0]!.trim();
  const base = { line, blanksBefore };
  let m: RegExpExecArray | null;
  if (block.length === 1) {
    if ((m = ISSUE.exec(first)))
      return { kind: 'issue', ...base, id: m[1]!, title: stripStars(m[2]!) };
    if ((m = GOAL.exec(first)))
      return { kind: 'goal', ...base, id: m[1]!, title: stripStars(m[2]!) };
    if (EXTRA.test(first)) return { kind: 'extra-credit', ...base };
    if (RULE.test(first)) return { kind: 'rule', ...base };
    if ((m = HEADING.exec(first))) return { kind: 'heading', ...base, text: stripStars(m[1]!) };
  }
  const joined = block.join('\n');
  if ((m = FOOTNOTE.exec(first))) {
    return { kind: 'footnote', ...base, n: Number(m[1]), raw: joined.trim().replace(FOOTNOTE, '') };
  }
  if ((m = RECOMMENDATION.exec(first))) {
    return { kind: 'recommendation', ...base, id: m[1]!, raw: joined.trim() };
  }
  if (block.some((l) => l.includes('\t')) && (block[0]!.startsWith('\t') || /^<b>/i.test(first))) {
    return { kind: 'table', ...base, lines: block };
  }
  if (LIST_ITEM.test(first)) {
    const items: string[] = [];
    for (const l of block) {
      if (LIST_ITEM.test(l.trim())) items.push(l.trim().replace(LIST_ITEM, ''));
      else if (items.length > 0) items[items.length - 1] += `\n${l.trim()}`;
    }
    return { kind: 'list', ...base, items };
  }
  if ((m = NUMBERED.exec(first))) {
    return { kind: 'numbered', ...base, n: Number(m[1]), raw: joined.trim().replace(NUMBERED, '') };
  }
  return { kind: 'paragraph', ...base, raw: joined.trim() };
}

function stripStars(s: string): string {
  return s.replace(/\*+/g, '').trim();
}
