import { STATUS_LABELS } from '@/domain/format/status-words';
import type { ReportOutline } from './report-outline';

/** One place the report's section navigator can jump to: the id of its element, and its label. */
export interface JumpTarget {
  id: string;
  label: string;
}

/** The navigator's choices, grouped as the report reads: each issue area, then the closing parts. */
export interface JumpGroup {
  label: string;
  targets: JumpTarget[];
}

/**
 * What the report's section navigator offers: every issue area and its goals (each goal with its
 * status in words, since an option cannot show the glyph), then the appendix, the published
 * grades and the sources. Ids are those the report's sections carry.
 */
export function reportJumpTargets(outline: ReportOutline, hasAppendix: boolean): JumpGroup[] {
  const groups: JumpGroup[] = outline.areas.map((area) => ({
    label: `${area.id}. ${area.title}`,
    targets: [
      { id: `area-${area.id}`, label: `Issue area ${area.id}: ${area.title}` },
      ...area.goals.map((g) => ({
        id: `goal-${g.id}`,
        label: `${g.id} (${STATUS_LABELS[g.status]}) ${g.title}`,
      })),
    ],
  }));
  groups.push({
    label: 'More',
    targets: [
      ...(hasAppendix ? [{ id: 'offences', label: 'Offences and penalties' }] : []),
      { id: 'grades-title', label: 'Published grades' },
      { id: 'sources', label: 'Sources' },
    ],
  });
  return groups;
}

/** The issue area a report element belongs to (`area-2`, `goal-2.9`), if any. */
export function areaOfTarget(outline: ReportOutline, id: string): string | undefined {
  if (id.startsWith('area-')) {
    const areaId = id.slice(5);
    return outline.areas.some((a) => a.id === areaId) ? areaId : undefined;
  }
  if (id.startsWith('goal-')) {
    const goalId = id.slice(5);
    return outline.areas.find((a) => a.goals.some((g) => g.id === goalId))?.id;
  }
  return undefined;
}
