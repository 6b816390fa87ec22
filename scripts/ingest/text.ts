import type { FootnoteRef } from '@/domain/contract/evaluation-schema';

export interface CleanText {
  text: string;
  refs: FootnoteRef[];
}

/**
 * Turns one paragraph of the converted PDF into plain text. Only the markup the converter itself
 * produces is interpreted (footnote markers, Markdown escapes, links and emphasis); anything else —
 * including HTML or script a report might contain — stays in the text as inert characters.
 */
export function cleanInline(raw: string): CleanText {
  let s = raw
    // A line ending in two spaces is a hard line break in the converter's Markdown.
    .replace(/ {2,}\n/g, '\u2028')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\u2028\s*/g, '\n');
  // [label](url): keep the label, and the address when it differs from the label.
  s = s.replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, (_m, label: string, url: string) => {
    const plain = unescapeMarkdown(label);
    return plain === url ? url : `${plain} (${url})`;
  });
  s = s.replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
  s = s
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(^|[\s(“"])\*([^*\s][^*\n]*?)\*(?=$|[\s).,;:”"])/g, '$1$2');
  s = unescapeMarkdown(s);

  const refs: FootnoteRef[] = [];
  let text = '';
  let last = 0;
  for (const m of s.matchAll(/<sup>\s*(\d{1,4})\s*<\/sup>/g)) {
    text += s.slice(last, m.index);
    refs.push({ n: Number(m[1]), at: text.length });
    last = m.index + m[0].length;
  }
  text += s.slice(last);
  const leading = text.length - text.trimStart().length;
  return {
    text: text.trim(),
    refs: refs.map((r) => ({
      n: r.n,
      at: Math.max(0, Math.min(r.at - leading, text.trim().length)),
    })),
  };
}

function unescapeMarkdown(s: string): string {
  return s.replace(/\\+([\\_$*[\]()#`~>|-])/g, '$1');
}

export function joinText(a: CleanText, b: CleanText): CleanText {
  const sep = a.text.endsWith('\n') || a.text === '' ? '' : ' ';
  const offset = a.text.length + sep.length;
  return {
    text: a.text + sep + b.text,
    refs: [...a.refs, ...b.refs.map((r) => ({ n: r.n, at: r.at + offset }))],
  };
}

export function startsLowercase(text: string): boolean {
  return /^[a-z]/.test(text);
}

/** The text ends a sentence (so what follows a footnote block is not its continuation). */
export function endsSentence(text: string): boolean {
  return /[.!?]["”’)\]]*$/.test(text.trim());
}

/** The text introduces a quotation: "…states," "…as follows:" "…provides." */
export function introducesQuote(text: string): boolean {
  const t = text.trim();
  return (
    /[,:]["”’]?$/.test(t) ||
    /\b(states|provides|stating|reads|as follows)[.:,]?$/i.test(t) ||
    /\bas$/.test(t)
  );
}

/** Paragraph openings that continue a quotation: subsections, elisions, bracketed edits. */
export function continuesQuote(text: string): boolean {
  return /^(\(|\[|\.\s?\.\s?\.|…)/.test(text) || startsLowercase(text);
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

/** "30", "thirty", "twenty-one", "twenty one" → number; anything else → null. */
export function parseNumberWord(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d+$/.test(w)) return Number(w);
  const parts = w.split(/[-\s]+/);
  let total = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === undefined) return null;
    total += v;
  }
  return parts.length > 0 ? total : null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "August 1, 2022" → "2022-08-01"; null if it is not a real date. */
export function parseLongDate(text: string): string | null {
  const m = /^([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  const day = Number(m[2]);
  const year = Number(m[3]);
  if (month < 0) return null;
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Report text quoted in a message: in quotes, at most `max` characters, with control and
 * direction-changing characters shown as escapes (a mangled line must not garble the terminal).
 */
export function quoteForMessage(text: string, max = 80): string {
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  const visible = text.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${visible.length > max ? `${visible.slice(0, max - 1)}…` : visible}"`;
}
