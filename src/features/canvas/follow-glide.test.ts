import { describe, expect, it } from 'vitest';
import { afterMoveStart, restingView, viewFollowing, type FollowGlide } from './follow-glide';

// A 1000 × 800 pane; cards 200 × 60, one every 3000 px down the map (each step a long glide).
const PANE = { width: 1000, height: 800 };
const cardAt = (step: number) => ({ x: 100, y: step * 3000, width: 200, height: 60 });
/** Mid-way through the long glide to the card of `step`: zoomed out, half way from the last card. */
const midway = (step: number) => ({ x: 500 - 200 * 0.4, y: 400 - (step * 3000 - 1500) * 0.4, zoom: 0.4 });

describe('following the selection', () => {
  it('[regression] keeps the zoom the user chose through 25 steps each taken mid-glide, zoomed out', () => {
    let glide: FollowGlide | null = null;
    let now = { x: 0, y: 0, zoom: 0.92 };
    for (let step = 1; step <= 25; step++) {
      const to = viewFollowing(restingView(glide, now), cardAt(step), PANE.width, PANE.height);
      expect(to?.zoom).toBe(0.92);
      glide = afterMoveStart({ to: to!, moves: 0 });
      // The next key comes before this glide has ended.
      now = midway(step);
    }
  });

  it('brings the card to the middle of the pane', () => {
    const to = viewFollowing({ x: 0, y: 0, zoom: 0.5 }, cardAt(2), PANE.width, PANE.height)!;
    expect(to.x + (100 + 100) * to.zoom).toBe(500);
    expect(to.y + (6000 + 30) * to.zoom).toBe(400);
  });

  it('judges a card against where the glide ends, whatever the view shows mid-way', () => {
    const to = viewFollowing({ x: 0, y: 0, zoom: 1 }, cardAt(1), PANE.width, PANE.height)!;
    const rest = restingView(afterMoveStart({ to, moves: 0 }), midway(1));
    // 150 px below the card glided to: in view at the glide's end, no glide.
    expect(viewFollowing(rest, { ...cardAt(1), y: 3150 }, PANE.width, PANE.height)).toBeNull();
    // Above and to its right: shown mid-way (zoomed out), but not at the end, so a glide of its own.
    const far = { ...cardAt(1), x: 1200, y: 2000 };
    expect(viewFollowing(midway(1), far, PANE.width, PANE.height)).toBeNull();
    expect(viewFollowing(rest, far, PANE.width, PANE.height)?.zoom).toBe(1);
  });

  it('lets another move taking over mid-glide (a wheel, a zoom key, a drag) set where the view rests', () => {
    const to = viewFollowing({ x: 0, y: 0, zoom: 0.92 }, cardAt(1), PANE.width, PANE.height)!;
    const started = afterMoveStart({ to, moves: 0 });
    expect(started).toEqual({ to, moves: 1 });
    const wheeled = { x: 10, y: -2000, zoom: 0.6 };
    const after = afterMoveStart(started);
    expect(after).toBeNull();
    expect(restingView(after, wheeled)).toBe(wheeled);
    expect(viewFollowing(restingView(after, wheeled), cardAt(3), PANE.width, PANE.height)?.zoom).toBe(0.6);
  });

  it('with no glide under way, rests where the view is', () => {
    const now = { x: 5, y: 6, zoom: 0.7 };
    expect(restingView(null, now)).toBe(now);
    expect(afterMoveStart(null)).toBeNull();
  });

  it('closes in on a card chosen while the map is too far out to read, at the zoom of full cards, and stays at any readable zoom', () => {
    // The whole map at 2 %: the card is in view, but a speck.
    const far = { x: 0, y: 0, zoom: 0.02 };
    const to = viewFollowing(far, cardAt(1), PANE.width, PANE.height)!;
    expect(to.zoom).toBe(0.5);
    // The card sits in the middle of the pane.
    expect(to.x + (100 + 100) * 0.5).toBeCloseTo(PANE.width / 2);
    expect(to.y + (3000 + 30) * 0.5).toBeCloseTo(PANE.height / 2);
    // At 35 % a card holds text: a card in view leaves the view alone, one out of view keeps the zoom.
    expect(viewFollowing({ x: 0, y: -3000 * 0.35, zoom: 0.35 }, cardAt(1), PANE.width, PANE.height)).toBeNull();
    expect(viewFollowing({ x: 0, y: 0, zoom: 0.35 }, cardAt(2), PANE.width, PANE.height)?.zoom).toBe(0.35);
  });
});

describe('following the selection past the controls over the map', () => {
  // The 1000 × 800 pane with a 40 px strip over its foot and a 200 × 140 minimap at the bottom right.
  const COVERED = [{ x: 0, y: 760, width: 1000, height: 40 }, { x: 780, y: 600, width: 200, height: 140 }];

  it('[regression] brings out a card that is in the pane but under the strip at its foot or the minimap', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    // The card's lower edge under the strip.
    const underStrip = viewFollowing(view, { x: 100, y: 720, width: 200, height: 60 }, PANE.width, PANE.height, COVERED)!;
    expect(underStrip).toEqual({ x: 500 - 200, y: 400 - 750, zoom: 1 });
    // Under the minimap.
    expect(viewFollowing(view, { x: 700, y: 640, width: 200, height: 60 }, PANE.width, PANE.height, COVERED)).not.toBeNull();
    // Beside both, in the clear: the view stays.
    expect(viewFollowing(view, { x: 100, y: 600, width: 200, height: 60 }, PANE.width, PANE.height, COVERED)).toBeNull();
    expect(viewFollowing(view, { x: 100, y: 720, width: 200, height: 60 }, PANE.width, PANE.height)).toBeNull();
  });
});
