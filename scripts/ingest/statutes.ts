import type { Statute } from '@/domain/contract/evaluation-schema';

/**
 * Finds statute citations in report text and normalises them, so that "Conn. Gen. Stat. Ann.
 * § 17a-11(j)", "Con. Gen. Stat. § 54-209" and "Conn. Gen. Stat §§ 53a-35a(4), 53a-41(1)" are all
 * recognised as the same code, and the same section has the same id in every goal.
 */
interface CitationStyle {
  prefix: RegExp;
  canonical: string;
}

// Citation styles by state. Only the forms seen in ingested reports are listed; other states fall
// back to a generic "<Abbrev.> §" pattern until a report of theirs is ingested.
const STYLES: Record<string, CitationStyle> = {
  CT: {
    prefix: /\bConn?\.?\s*Gen\.?\s*Stat\.?(?:\s*Ann\.?)?\s*(?=§)/g,
    canonical: 'Conn. Gen. Stat.',
  },
};

const GENERIC: CitationStyle = {
  prefix: /\b((?:[A-Z][A-Za-z]{0,10}\.?\s+){1,5}?)(?=§)/g,
  canonical: '',
};

const SECTION = /\s*([0-9][0-9A-Za-z]*(?:[-.:][0-9A-Za-z]+)*)/y;
const PINPOINTS = /((?:\([A-Za-z0-9]{1,6}\))+(?:\s*(?:,|–|—|-|and)\s*(?:\([A-Za-z0-9]{1,6}\))+)*)/y;
const TITLE = /\s*\(((?=[^()]*[a-z]{2})[A-Z][^()]{2,}?)\)/y;
const LIST_SEP = /\s*(?:,|and|&)\s*(?=[0-9])/y;

export interface Citation {
  statute: Statute;
  /** Offset of the citation in the text */
  index: number;
}

function styleFor(state: string): CitationStyle {
  return STYLES[state] ?? GENERIC;
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export function findCitations(text: string, state: string): Citation[] {
  const style = styleFor(state);
  const out: Citation[] = [];
  const prefix = new RegExp(style.prefix.source, 'g');
  for (const m of text.matchAll(prefix)) {
    const canonicalPrefix = style.canonical || m[0].replace(/\s*Ann\.?\s*$/, '').trim();
    let pos = m.index + m[0].length;
    const sign = /§§?/y;
    if (!execAt(sign, text, pos)) continue;
    pos = sign.lastIndex;
    for (;;) {
      const sec = execAt(SECTION, text, pos);
      if (!sec) break;
      const section = sec[1]!.replace(/[.:]+$/, '');
      pos = SECTION.lastIndex - (sec[1]!.length - section.length);
      const pin = execAt(PINPOINTS, text, pos);
      let pinpoint: string | undefined;
      if (pin) {
        pinpoint = pin[1]!.replace(/\s+/g, ' ');
        pos = PINPOINTS.lastIndex;
      }
      const title = execAt(TITLE, text, pos);
      let sectionTitle: string | undefined;
      if (title) {
        sectionTitle = title[1]!.trim();
        pos = TITLE.lastIndex;
      }
      out.push({
        index: m.index,
        statute: {
          id: `${state} ${section}`,
          citation: `${canonicalPrefix} § ${section}`,
          section,
          ...(sectionTitle ? { title: sectionTitle } : {}),
          ...(pinpoint ? { pinpoints: [pinpoint] } : {}),
        },
      });
      const sep = execAt(LIST_SEP, text, pos);
      if (!sep) break;
      pos = LIST_SEP.lastIndex;
    }
  }
  return out;
}

/** Merges citations of the same section: first title seen, pinpoints in order of appearance. */
export function mergeStatutes(statutes: Iterable<Statute>): Statute[] {
  const byId = new Map<string, Statute>();
  for (const s of statutes) {
    const prev = byId.get(s.id);
    if (!prev) {
      byId.set(s.id, { ...s, ...(s.pinpoints ? { pinpoints: [...s.pinpoints] } : {}) });
      continue;
    }
    if (!prev.title && s.title) prev.title = s.title;
    for (const p of s.pinpoints ?? []) {
      prev.pinpoints ??= [];
      if (!prev.pinpoints.includes(p)) prev.pinpoints.push(p);
    }
  }
  return [...byId.values()].map((s) => {
    // Keep a stable key order in the output file.
    const { id, citation, section, title, pinpoints } = s;
    return {
      id,
      citation,
      section,
      ...(title ? { title } : {}),
      ...(pinpoints && pinpoints.length > 0 ? { pinpoints } : {}),
    };
  });
}
