import type { Page } from 'playwright-core';
import type { LayoutMode } from '../../src/core/layout/types';
import { commandById } from '../../src/commands';
import { waitForSettledDom } from './page-measures';

/** Switches Threadmap's layout mode with its key, as a user does, and waits for the new cards. */
export async function switchMode(page: Page, mode: LayoutMode): Promise<void> {
  const key = commandById(`layout.${mode}`).keys[0]!;
  // The switcher lists the modes in the order of their keys.
  const wanted = Number(key) - 1;
  const checked = () => page.evaluate(() => [...document.querySelectorAll('.layout-option')].findIndex((option) => option.getAttribute('aria-checked') === 'true'));
  if ((await checked()) === wanted) return;
  // A window-wide shortcut: no click needed (a click on the map would select a card).
  await page.keyboard.press(key);
  await page.waitForFunction((at) => document.querySelectorAll('.layout-option')[at]?.getAttribute('aria-checked') === 'true', wanted);
  // The view glides to the new layout (300 ms) before its cards are mounted.
  await page.waitForTimeout(700);
  await waitForSettledDom(page);
}

/** What one click on a sub-debate's label led to (see regionOpenMs). */
export interface RegionOpened {
  /** Click → the opening comment's card painted in the pane (or the canvas layer drew the cards' text). */
  ms: number;
  /** Click → every card in the pane painted: no card still waiting to mount. */
  msAll: number;
  comments: number;
  /** Cards mounted in the end. */
  cards: number;
}

/**
 * Clicks the `index`-th sub-debate label (largest first) and measures from the click event until
 * a frame has been painted with the card of the comment that started it mounted inside the map
 * pane (or, with more cards in view than Threadmap mounts, the canvas layer's cards' text), the
 * view at rest; and until a frame has been painted with no card still waiting to mount (the pane
 * has no `data-mounting`: cards of a jump mount a slice per frame). Null when there is no such
 * label.
 */
export async function regionOpenMs(page: Page, index: number): Promise<RegionOpened | null> {
  const label = page.locator('.region-label').nth(index);
  if ((await label.count()) === 0) return null;
  const comments = Number(await label.getAttribute('data-count'));
  const waiting = page.evaluate(
    (at) =>
      new Promise<{ ms: number; msAll: number; cards: number }>((resolve) => {
        const button = document.querySelectorAll<HTMLElement>('.region-label')[at]!;
        const root = button.dataset.root!;
        let start = 0;
        button.addEventListener('click', (event) => (start = event.timeStamp), { capture: true, once: true });
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
        const flow = document.querySelector<HTMLElement>('.react-flow')!;
        // What the last frame showed: a frame has been painted by the time the next one's
        // callbacks run, so a state seen on one frame and still there (the view unmoved) on the
        // next was painted: it is timed then.
        let last = { transform: '', shown: false, whole: false };
        let first = Number.NaN;
        const poll = () => {
          const pane = flow.getBoundingClientRect();
          const card = [...document.querySelectorAll<HTMLElement>('.react-flow__node .card')].find((element) => element.dataset.nodeId === root);
          const box = card?.getBoundingClientRect();
          const inside = box && box.left >= pane.left - 1 && box.top >= pane.top - 1 && box.right <= pane.right + 1 && box.bottom <= pane.bottom + 1;
          const transform = viewport.style.transform;
          const still = transform === last.transform;
          // More cards in view than Threadmap mounts: its canvas layer draws them, text and all.
          const layer = document.querySelector<HTMLCanvasElement>('canvas.overview-layer');
          const onCanvas = !card && Number(layer?.dataset.textCards ?? 0) > 0;
          const shown = Boolean(start && (inside || onCanvas));
          const whole = shown && !flow.hasAttribute('data-mounting');
          if (still && last.shown && Number.isNaN(first)) first = performance.now() - start;
          if (still && last.whole) {
            resolve({ ms: first, msAll: performance.now() - start, cards: document.querySelectorAll('.react-flow__node').length });
            return;
          }
          last = { transform, shown, whole };
          requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
        setTimeout(() => resolve({ ms: Number.isNaN(first) ? Number.NaN : first, msAll: Number.NaN, cards: 0 }), 10_000);
      }),
    index,
  );
  await label.click();
  const { ms, msAll, cards } = await waiting;
  return { ms, msAll, comments, cards };
}
