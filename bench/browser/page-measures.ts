import type { CDPSession, Page } from 'playwright-core';
import type { Viewport } from '@xyflow/react';
import { round } from '../timing';

/** Text drawn smaller than this on screen does not count as readable. */
export const READABLE_PX = 12;

/** How the pan drags: to and fro round an ellipse of 200 × 150 px, or once straight across. */
export type PanPath = 'circle' | 'line';

/** The renderer's main-thread task time so far, in ms, from the DevTools protocol's metrics. */
async function mainThreadMs(session: CDPSession): Promise<number> {
  const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Drags the pane for `ms` while counting animation frames in the page; checks the view moved.
 * Frame rates swing with the shared cores' load, so the pan's cost is also given as main-thread
 * task time (DevTools protocol) and long tasks (over 50 ms), each per second of panning.
 */
export async function panFps(page: Page, ms: number, path: PanPath = 'circle'): Promise<{ fps: number; moved: boolean; mainMsPerS: number; longTasksPerS: number }> {
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const start = await dragStart(page);
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const busyBefore = await mainThreadMs(session);
  const counting = page.evaluate(
    (duration) =>
      new Promise<{ fps: number; longTasks: number; seconds: number }>((resolve) => {
        let count = 0;
        let longTasks = 0;
        const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
        observer.observe({ type: 'longtask' });
        const start = performance.now();
        const tick = (now: number) => {
          count++;
          if (now - start < duration) requestAnimationFrame(tick);
          else {
            observer.disconnect();
            resolve({ fps: (count * 1000) / (now - start), longTasks, seconds: (now - start) / 1000 });
          }
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
  const { x: cx, y: cy } = start;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const started = Date.now();
  let step = 0;
  while (Date.now() - started < ms) {
    step++;
    if (path === 'circle') {
      const angle = step / 10;
      await page.mouse.move(cx + Math.cos(angle) * 200, cy + Math.sin(angle) * 150);
    } else {
      // Straight on, 700 px across and 300 px up: fresh cards keep entering the view.
      const t = Math.min(1, (Date.now() - started) / ms);
      await page.mouse.move(cx - t * 700, cy - t * 300);
    }
  }
  await page.mouse.up();
  const { fps, longTasks, seconds } = await counting;
  const busy = (await mainThreadMs(session)) - busyBefore;
  await session.detach();
  const after = await viewport.getAttribute('style');
  return { fps: round(fps, 1), moved: before !== after, mainMsPerS: Math.round(busy / seconds), longTasksPerS: round(longTasks / seconds, 1) };
}

/**
 * A point near the middle of the map from which a drag pans the view: not on a reply line (whose
 * end starts a re-parenting drag in Threadmap), a handle or a button.
 */
function dragStart(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const blocked = '.react-flow__edge, .react-flow__edgeupdater, .react-flow__handle, button, a, input';
    for (let ring = 0; ring <= 8; ring++) {
      for (let i = -ring; i <= ring; i++) {
        for (const [dx, dy] of [[i, -ring], [i, ring], [-ring, i], [ring, i]] as const) {
          const x = pane.left + pane.width / 2 + dx * 23;
          const y = pane.top + pane.height / 2 + dy * 19;
          const target = document.elementFromPoint(x, y);
          if (target && target.closest('.react-flow') && !target.closest(blocked)) return { x, y };
        }
      }
    }
    return { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 };
  });
}

/**
 * Cards mounted in the DOM, and cards on screen with text drawn at least READABLE_PX high (font
 * size × its on-screen scale); `canvasText`: cards whose text Threadmap's canvas layer drew (always at 12 px),
 * as that layer reports it (0 for the baselines, which have none).
 */
export function countCards(page: Page): Promise<{ mounted: number; readable: number; canvasText: number; zoom: number }> {
  return page.evaluate((readablePx) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const onScreen = (rect: DOMRect) => rect.width > 0 && rect.right > pane.left && rect.left < pane.right && rect.bottom > pane.top && rect.top < pane.bottom;
    const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
    let readable = 0;
    for (const node of nodes) {
      if (!onScreen(node.getBoundingClientRect())) continue;
      const withText = [node, ...node.querySelectorAll<HTMLElement>('*')].filter((element) =>
        [...element.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== ''),
      );
      // On-screen size over laid-out size: the zoom times any scaling of the card's own (Threadmap
      // lays card text out at screen scale and enlarges it back).
      const scaleOf = (element: HTMLElement) => {
        for (let at: HTMLElement | null = element; at; at = at.parentElement) if (at.offsetHeight > 0) return at.getBoundingClientRect().height / at.offsetHeight;
        return zoom;
      };
      if (withText.some((element) => parseFloat(getComputedStyle(element).fontSize) * scaleOf(element) >= readablePx - 0.01 && onScreen(element.getBoundingClientRect()))) readable++;
    }
    const layer = document.querySelector<HTMLCanvasElement>('canvas.overview-layer');
    return { mounted: nodes.length, readable, canvasText: Number(layer?.dataset.textCards ?? 0), zoom };
  }, READABLE_PX);
}

/** Sets the view through the page's bench handle, then waits until the mounted cards settle. */
export async function setView(page: Page, viewport: Viewport): Promise<void> {
  await page.evaluate((view) => window.threadmapBench!.setViewport(view), viewport);
  await page.waitForTimeout(300);
  await waitForSettledDom(page);
}

/** Waits until the number of mounted cards has stayed the same for three frames. */
export function waitForSettledDom(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let same = 0;
        const tick = () => {
          const count = document.querySelectorAll('.react-flow__node').length;
          same = count === last ? same + 1 : 0;
          last = count;
          if (same >= 3) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Starts the clock at the file input's change event, before any handler of the page runs. */
export async function startClockOnFileChoice(page: Page, inputSelector: string): Promise<void> {
  await page.evaluate((selector) => {
    const input = document.querySelector<HTMLInputElement>(selector)!;
    input.addEventListener('change', () => ((window as unknown as { benchStart: number }).benchStart = performance.now()), { capture: true });
  }, inputSelector);
}

export type ReadyWhen =
  /** Threadmap: not busy, the new map's title shown, and at least `minMounted` cards mounted. */
  | { app: 'threadmap'; title: string; minMounted: number }
  /** The baselines mark the body once the nodes they show are mounted. */
  | { app: 'baseline'; fileName: string };

/** Milliseconds from the file choice until the page is ready, plus two painted frames. */
export function msUntilReady(page: Page, when: ReadyWhen): Promise<number> {
  return page.evaluate(
    (condition) =>
      new Promise<number>((resolve) => {
        const isReady = () =>
          condition.app === 'baseline'
            ? document.body.dataset.benchReady === condition.fileName
            : document.querySelector('main.canvas')?.getAttribute('aria-busy') === 'false' &&
              (document.querySelector('.toolbar .title')?.textContent ?? '').includes(condition.title.slice(0, 20)) &&
              document.querySelectorAll('.react-flow__node').length >= condition.minMounted;
        const finish = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - (window as unknown as { benchStart: number }).benchStart)));
        const poll = () => (isReady() ? finish() : requestAnimationFrame(poll));
        poll();
      }),
    when,
  );
}
