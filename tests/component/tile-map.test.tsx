import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TILE_LAYOUT, TileMap, type TileDatum } from '@/components/tile-map';
import { JURISDICTIONS } from '@/domain/format/jurisdictions';

/**
 * A tile's accessible name begins with the text it shows (WCAG 2.5.3, label in name): a voice
 * user who says "click CT 12–17" reaches the tile, and a screen-reader user hears what a sighted
 * neighbour reads before the full description.
 */
function tiles(): Map<string, TileDatum> {
  const map = new Map<string, TileDatum>();
  JURISDICTIONS.forEach((j, i) => {
    // Every third state without data; the others with a value, or (CT) a value with a dash.
    if (i % 3 === 2 && j.code !== 'CT') return;
    map.set(j.code, {
      fill: '#0075bd',
      textColor: '#ffffff',
      value: j.code === 'CT' ? '12–17' : i % 3 === 1 ? undefined : String(i),
      label: j.code === 'CT' ? 'Connecticut, minimum age 12, maximum 17' : `${j.name}: value ${i}`,
    });
  });
  return map;
}

/** The text a tile draws, as read: its parts with spaces between, the way axe-core reads it. */
function visibleText(el: HTMLElement): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('TileMap', () => {
  it('names every one of the 51 tiles by its visible code and value first, then the description', () => {
    render(<TileMap title="Minimum age" tiles={tiles()} hrefFor={(c) => `/states/${c}`} />);
    const map = screen.getByRole('group', { name: /^Minimum age\. Map of the states/ });
    const links = within(map).getAllByRole('link');
    expect(links).toHaveLength(TILE_LAYOUT.length);
    expect(links).toHaveLength(51);
    for (const link of links) {
      const shown = visibleText(link);
      const name = link.getAttribute('aria-label') ?? '';
      expect(shown).toMatch(/^[A-Z]{2}( .+)?$/);
      // The name starts with the shown text, code and value apart as on the tile.
      expect(
        name.replace(/^([A-Z]{2}), /, '$1 ').startsWith(`${shown}:`),
        `${name} / ${shown}`,
      ).toBe(true);
    }
    expect(
      within(map).getByRole('link', {
        name: 'CT, 12–17: Connecticut, minimum age 12, maximum 17',
      }),
    ).toHaveTextContent(/^CT\s+12–17$/);
  });

  it('names a tile without data by its code and says so', () => {
    render(<TileMap title="Minimum age" tiles={tiles()} hrefFor={(c) => `/states/${c}`} />);
    // Arizona is the third jurisdiction: no data.
    const az = screen.getByRole('link', { name: 'AZ: Arizona: no data' });
    expect(az).toHaveTextContent(/^AZ$/);
    expect(az).toHaveClass('tile--no-data');
    expect(az).toHaveAttribute('href', '/states/AZ');
  });

  it('names a tile without a value by its code and its description', () => {
    render(<TileMap title="Minimum age" tiles={tiles()} hrefFor={(c) => `/states/${c}`} />);
    // The second jurisdiction has data but no short value.
    const second = JURISDICTIONS[1]!;
    expect(
      screen.getByRole('link', { name: `${second.code}: ${second.name}: value 1` }),
    ).toHaveTextContent(new RegExp(`^${second.code}$`));
  });
});
