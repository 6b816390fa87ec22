import { useId, useMemo, type ChangeEvent } from 'react';
import type { ReportOutline } from '@/domain/state/report-outline';
import { reportJumpTargets } from '@/domain/state/report-navigation';

/**
 * The report's section navigator on screens too narrow for the contents beside it: a bar that
 * stays at the top while reading, to jump to any issue area or goal (a native select, which phones
 * draw as their own picker) and to fold or unfold every issue area at once.
 */
export function ReportNavigator({
  outline,
  hasAppendix,
  active,
  onJump,
  allFolded,
  onFoldAll,
  onUnfoldAll,
}: {
  outline: ReportOutline;
  hasAppendix: boolean;
  /** The id of the goal being read, if known */
  active: string | null;
  /** Goes to the element with this id (drawing and unfolding what it needs first) */
  onJump: (id: string) => void;
  allFolded: boolean;
  onFoldAll: () => void;
  onUnfoldAll: () => void;
}) {
  const id = useId();
  const groups = useMemo(() => reportJumpTargets(outline, hasAppendix), [outline, hasAppendix]);
  const onChange = (e: ChangeEvent<HTMLSelectElement>) => {
    if (e.target.value) onJump(e.target.value);
  };
  return (
    <nav className="report-navigator" aria-label="Sections of this report">
      <label htmlFor={`${id}-jump`} className="report-navigator__label">
        Go to
      </label>
      <select
        id={`${id}-jump`}
        className="report-navigator__select"
        value={active ?? ''}
        onChange={onChange}
      >
        <option value="">Choose a section…</option>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button
        type="button"
        className="button report-navigator__fold"
        onClick={allFolded ? onUnfoldAll : onFoldAll}
      >
        {allFolded ? 'Unfold all' : 'Fold all'}
      </button>
    </nav>
  );
}
