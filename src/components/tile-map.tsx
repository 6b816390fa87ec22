import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { jurisdictionByCode } from '@/domain/format/jurisdictions';
import { Link } from './router';

/**
 * A tile-grid map of the 50 states and DC: equal tiles, so small states count as much as large
 * ones. It draws what it is given (colour, short text, accessible label) and knows nothing of the
 * URL. One tab stop; arrow keys move between neighbouring tiles; Enter opens the state.
 */
export const TILE_LAYOUT: readonly (readonly [string, number, number])[] = [
  ['AK', 0, 0], ['ME', 0, 11],
  ['VT', 1, 10], ['NH', 1, 11],
  ['WA', 2, 0], ['ID', 2, 1], ['MT', 2, 2], ['ND', 2, 3], ['MN', 2, 4], ['IL', 2, 5], ['WI', 2, 6], ['MI', 2, 7], ['NY', 2, 8], ['RI', 2, 9], ['MA', 2, 10],
  ['OR', 3, 0], ['NV', 3, 1], ['WY', 3, 2], ['SD', 3, 3], ['IA', 3, 4], ['IN', 3, 5], ['OH', 3, 6], ['PA', 3, 7], ['NJ', 3, 8], ['CT', 3, 9],
  ['CA', 4, 0], ['UT', 4, 1], ['CO', 4, 2], ['NE', 4, 3], ['MO', 4, 4], ['KY', 4, 5], ['WV', 4, 6], ['VA', 4, 7], ['MD', 4, 8], ['DE', 4, 9],
  ['AZ', 5, 1], ['NM', 5, 2], ['KS', 5, 3], ['AR', 5, 4], ['TN', 5, 5], ['NC', 5, 6], ['SC', 5, 7], ['DC', 5, 8],
  ['OK', 6, 3], ['LA', 6, 4], ['MS', 6, 5], ['AL', 6, 6], ['GA', 6, 7],
  ['HI', 7, 0], ['TX', 7, 3], ['FL', 7, 8],
]; // prettier-ignore

const ROWS = 8;
const COLS = 12;

export interface TileDatum {
  /** Background colour of the tile */
  fill: string;
  /** Text colour that reads on the fill */
  textColor: string;
  /** Short value drawn under the code (e.g. "39", "F", "✓") */
  value?: string;
  /** Full accessible description, e.g. "Connecticut: coverage score 38.8 (40 of 40 goals evaluated)" */
  label: string;
  /** Draw a hatch: no data for this state */
  noData?: boolean;
  /** Drawn as an empty outline: the view leaves this state out (e.g. not among the chosen) */
  muted?: boolean;
}

export interface TileMapProps {
  /** What the map shows, for the group's accessible name */
  title: string;
  tiles: ReadonlyMap<string, TileDatum>;
  /** Where a tile leads (the state view) */
  hrefFor: (code: string) => string;
  /** States to outline as selected */
  highlighted?: readonly string[];
  /** Called when the pointer or focus moves to a state (null when it leaves the map) */
  onActiveChange?: (code: string | null) => void;
  onPrefetch?: (code: string) => void;
  /** Details shown in the tooltip of the active state */
  tooltip?: (code: string) => ReactNode;
}

/**
 * A tile's accessible name: what it shows first (code and value, as a sighted user reads it and a
 * voice-control user says it), then the full description. WCAG 2.5.3, label in name.
 */
export function tileName(code: string, datum: TileDatum | undefined): string {
  const name = jurisdictionByCode(code)?.name ?? code;
  const shown = datum?.value ? `${code}, ${datum.value}` : code;
  return `${shown}: ${datum?.label ?? `${name}: no data`}`;
}

function neighbour(code: string, key: string): string | undefined {
  const here = TILE_LAYOUT.find((t) => t[0] === code);
  if (!here) return undefined;
  const [, r, c] = here;
  const [dr, dc] =
    key === 'ArrowUp'
      ? [-1, 0]
      : key === 'ArrowDown'
        ? [1, 0]
        : key === 'ArrowLeft'
          ? [0, -1]
          : [0, 1];
  // Nearest tile in the direction pressed, preferring the same row or column.
  let best: { code: string; cost: number } | undefined;
  for (const [other, r2, c2] of TILE_LAYOUT) {
    const along = (r2 - r) * dr + (c2 - c) * dc;
    if (along <= 0) continue;
    const across = Math.abs(dr !== 0 ? c2 - c : r2 - r);
    const cost = along + across * 2.5;
    if (!best || cost < best.cost) best = { code: other, cost };
  }
  return best?.code;
}

export function TileMap({
  title,
  tiles,
  hrefFor,
  highlighted = [],
  onActiveChange,
  onPrefetch,
  tooltip,
}: TileMapProps) {
  const [focusCode, setFocusCode] = useState<string>('CT');
  const [active, setActive] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLAnchorElement>());

  const activate = (code: string | null) => {
    setActive(code);
    onActiveChange?.(code);
    if (code) onPrefetch?.(code);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLAnchorElement>, code: string) => {
    let next: string | undefined;
    if (e.key.startsWith('Arrow')) next = neighbour(code, e.key);
    else if (e.key === 'Home') next = TILE_LAYOUT[0]![0];
    else if (e.key === 'End') next = TILE_LAYOUT[TILE_LAYOUT.length - 1]![0];
    else if (e.key === 'Escape') {
      activate(null);
      return;
    } else return;
    e.preventDefault();
    if (next) {
      setFocusCode(next);
      refs.current.get(next)?.focus();
    }
  };

  const activeTile = active ? TILE_LAYOUT.find((t) => t[0] === active) : undefined;

  return (
    <div className="tile-map" onMouseLeave={() => activate(null)}>
      <div
        className="tile-map__grid"
        role="group"
        aria-label={`${title}. Map of the states; use the arrow keys to move between states.`}
        style={{
          gridTemplateColumns: `repeat(${COLS}, 1fr)`,
          gridTemplateRows: `repeat(${ROWS}, auto)`,
        }}
      >
        {TILE_LAYOUT.map(([code, row, col]) => {
          const datum = tiles.get(code);
          return (
            <Link
              key={code}
              to={hrefFor(code)}
              ref={(el: HTMLAnchorElement | null) => {
                if (el) refs.current.set(code, el);
                else refs.current.delete(code);
              }}
              className={[
                'tile',
                datum?.muted ? 'tile--muted' : datum?.noData || !datum ? 'tile--no-data' : '',
                highlighted.includes(code) ? 'tile--highlighted' : '',
                active === code ? 'tile--active' : '',
              ].join(' ')}
              style={{
                gridRow: row + 1,
                gridColumn: col + 1,
                background: datum && !datum.noData && !datum.muted ? datum.fill : undefined,
                color: datum && !datum.noData && !datum.muted ? datum.textColor : undefined,
              }}
              tabIndex={code === focusCode ? 0 : -1}
              aria-label={tileName(code, datum)}
              onKeyDown={(e) => onKeyDown(e, code)}
              onFocus={() => {
                setFocusCode(code);
                activate(code);
              }}
              onBlur={() => activate(null)}
              onMouseEnter={() => activate(code)}
            >
              <span className="tile__code" aria-hidden="true">
                {code}
              </span>
              {/* The space keeps code and value apart in the text; the flex layout does not draw it. */}
              {datum?.value ? (
                <>
                  {' '}
                  <span className="tile__value" aria-hidden="true">
                    {datum.value}
                  </span>
                </>
              ) : null}
            </Link>
          );
        })}
      </div>
      {active && activeTile && tooltip ? (
        <div
          className="tile-map__tooltip"
          role="status"
          style={{
            left: `${Math.min(((activeTile[2] + 0.5) / COLS) * 100, 78)}%`,
            top: `${((activeTile[1] + 1) / ROWS) * 100}%`,
          }}
        >
          {tooltip(active)}
        </div>
      ) : null}
    </div>
  );
}
