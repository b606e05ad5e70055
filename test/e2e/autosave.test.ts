import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot, harnessForThisFile, fixturePath } from './harness';


const harness = harnessForThisFile();

/**
 * A fresh browser context (own storage); `init` runs in every page before the app. The coder's
 * name counts as asked, as in openApp, so the first tag is made at once.
 */
async function newContext(init?: () => void): Promise<BrowserContext> {
  const context = await harness.browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => {
    try {
      localStorage.setItem('threadmap.coder', JSON.stringify({ name: null }));
    } catch {
      // A page without storage is asked for the name; these tests do not tag there first.
    }
  });
  if (init) await context.addInitScript(init);
  return context;
}

async function openPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(harness.url);
  await page.locator('.react-flow__node .card').first().waitFor();
  return { page, errors };
}

const counter = (page: Page) => page.getByTestId('tag-counter').textContent();
const saveStatus = (page: Page) => page.getByTestId('save-status').getAttribute('data-status');
const selectedId = (page: Page) => page.locator('.card.selected').getAttribute('data-node-id');

interface StoredMaps {
  lastOpen: string | null;
  entries: { id: string; name: string; revision: number; taggedCount: number }[];
  annotations: Record<string, { tag?: string; note?: string }> | null;
  selected: string | null;
}

/** What the app saved in IndexedDB, read from inside the page. */
function readStorage(page: Page): Promise<StoredMaps> {
  return page.evaluate(
    () =>
      new Promise<StoredMaps>((resolve, reject) => {
        const request = indexedDB.open('threadmap');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['entries', 'maps', 'meta'], 'readonly');
          const entries = tx.objectStore('entries').getAll();
          const lastOpen = tx.objectStore('meta').get('lastOpen');
          tx.oncomplete = () => {
            const id = (lastOpen.result as string | undefined) ?? null;
            const read = db.transaction('maps', 'readonly').objectStore('maps').get(id ?? '');
            read.onsuccess = () => {
              const doc = read.result as { annotations?: StoredMaps['annotations']; view?: { selected?: string } } | undefined;
              db.close();
              resolve({ lastOpen: id, entries: entries.result, annotations: doc?.annotations ?? null, selected: doc?.view?.selected ?? null });
            };
          };
        };
      }),
  );
}

describe('autosave: no annotation work is lost', () => {
  it('restores five keyboard tags and a note typed until the reload, and undo still works after it', async () => {
    const context = await newContext();
    const { page, errors } = await openPage(context);
    expect(await saveStatus(page)).toBe('idle');

    // Keyboard only: J selects the root, then each J moves on and a tag key tags the card.
    await page.keyboard.press('j');
    const tagged: { id: string; tag: string }[] = [];
    for (const [key, tag] of [['p', 'pro'], ['c', 'con'], ['q', 'question'], ['p', 'pro'], ['c', 'con']] as const) {
      await page.keyboard.press('j');
      await page.keyboard.press(key);
      await expect.poll(() => page.locator('.card.selected').getAttribute('data-tag')).toBe(tag);
      tagged.push({ id: (await selectedId(page))!, tag });
    }
    await expect.poll(() => counter(page)).toContain('Tagged 5 of');
    expect(new Set(tagged.map((card) => card.id)).size).toBe(5);
    const lastCard = await selectedId(page);

    // N opens the note; the page is reloaded in the middle of typing, before any pause.
    await page.keyboard.press('n');
    await page.keyboard.type('Half a thought');
    await page.reload();
    await page.locator('.react-flow__node .card').first().waitFor();
    await expect.poll(() => counter(page), { timeout: 10_000 }).toContain('Tagged 5 of');
    await expect.poll(() => page.locator('[data-field="note"]').inputValue()).toBe('Half a thought');
    expect(await selectedId(page)).toBe(lastCard);

    // Go on typing; a second later the saved map already holds it, before any reload.
    await page.keyboard.press('n');
    await page.keyboard.press('End');
    await page.keyboard.type(', finished.');
    // The snapshot follows a short pause in the changes, before any reload.
    await expect.poll(async () => (await readStorage(page)).annotations?.[lastCard!]?.note, { timeout: 5000 }).toBe('Half a thought, finished.');
    const stored = await readStorage(page);
    expect(stored.entries).toHaveLength(1);
    expect(Object.values(stored.annotations ?? {}).filter((a) => a.tag)).toHaveLength(5);
    expect(stored.annotations?.[lastCard!]).toMatchObject({ tag: 'con', note: 'Half a thought, finished.' });
    expect(stored.selected).toBe(lastCard);
    await screenshot(page, 'autosave-before-reload');

    await page.reload();
    await page.locator('.react-flow__node .card').first().waitFor();
    await expect.poll(() => counter(page), { timeout: 10_000 }).toContain('Tagged 5 of');
    await expect.poll(() => page.locator('[data-field="note"]').inputValue()).toBe('Half a thought, finished.');
    for (const card of tagged) expect(stored.annotations?.[card.id]?.tag).toBe(card.tag);
    expect(await page.locator(`.card[data-node-id="${lastCard}"]`).getAttribute('data-tag')).toBe('con');
    await screenshot(page, 'autosave-restored');

    // The undo history came back too: undo walks back through the note, then the last tag.
    await page.locator('body').focus();
    for (let i = 0; i < 6 && (await counter(page))?.includes('Tagged 5 of'); i++) {
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(50);
    }
    await expect.poll(() => counter(page)).toContain('Tagged 4 of');
    expect(await page.locator('[data-field="note"]').inputValue()).toBe('');
    await expect.poll(() => page.locator(`.card[data-node-id="${lastCard}"]`).getAttribute('data-tag')).toBe('');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => counter(page)).toContain('Tagged 5 of');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a tag made just before the tab closes, with no pause for a save', async () => {
    const context = await newContext();
    const { page } = await openPage(context);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('p');
    await expect.poll(() => saveStatus(page)).toBe('saved');
    // The second tag is appended to the map's log as it is made: the tab closes at once.
    await page.keyboard.press('j');
    const taggedAt = Date.now();
    await page.keyboard.press('c');
    await page.close();
    console.log(`The tab closed ${Date.now() - taggedAt} ms after the tag key was pressed.`);
    const { page: again, errors } = await openPage(context);
    await expect.poll(() => counter(again), { timeout: 10_000 }).toContain('Tagged 2 of');
    expect(await saveStatus(again)).toBe('saved');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets one tab write a map: a second tab follows it live, read-only, takes it over, or opens a copy', async () => {
    const context = await newContext();
    const { page: first, errors } = await openPage(context);
    await first.keyboard.press('j');
    await first.keyboard.press('j');
    await first.keyboard.press('p');
    await expect.poll(() => saveStatus(first)).toBe('saved');

    // The second tab opens the same map (open last), read-only.
    const { page: second } = await openPage(context);
    const bar = second.getByTestId('read-only');
    await bar.waitFor({ timeout: 10_000 });
    expect(await saveStatus(second)).toBe('read-only');
    await expect.poll(() => counter(second)).toContain('Tagged 1 of');

    // The first tab's next tag shows up in the second at once.
    await first.keyboard.press('j');
    await first.keyboard.press('c');
    await expect.poll(() => counter(second)).toContain('Tagged 2 of');

    // In the read-only tab the tag keys and buttons are off (not undone afterwards), and say why.
    await second.locator('body').focus();
    await second.keyboard.press('j');
    await second.keyboard.press('j');
    await second.keyboard.press('j');
    await second.keyboard.press('j');
    await second.keyboard.press('q');
    const question = second.getByRole('group', { name: 'Tag' }).getByRole('button', { name: 'Question' });
    expect(await question.getAttribute('aria-disabled')).toBe('true');
    await question.hover();
    await second.getByRole('tooltip').getByText('This map is being edited in another tab').waitFor();
    expect(await counter(second)).toContain('Tagged 2 of');
    await screenshot(second, 'autosave-read-only-light');
    await second.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await screenshot(second, 'autosave-read-only-dark');
    await second.evaluate(() => (document.documentElement.dataset.theme = 'light'));

    // Take over: the first tab saves and lets go, and becomes the read-only one.
    await bar.getByRole('button', { name: 'Take over' }).click();
    await bar.waitFor({ state: 'detached' });
    await first.getByTestId('read-only').waitFor();
    await second.keyboard.press('q');
    await expect.poll(() => counter(second)).toContain('Tagged 3 of');
    await expect.poll(() => counter(first)).toContain('Tagged 3 of');
    await expect.poll(() => saveStatus(second)).toBe('saved');
    await expect.poll(async () => Object.values((await readStorage(second)).annotations ?? {}).map((a) => a.tag).sort(), { timeout: 5000 }).toEqual(['con', 'pro', 'question']);
    expect((await readStorage(second)).entries).toHaveLength(1);

    // Open a copy: the first tab writes a map of its own from now on.
    await first.getByTestId('read-only').getByRole('button', { name: 'Open a copy' }).click();
    await first.getByTestId('read-only').waitFor({ state: 'detached' });
    await first.keyboard.press('j');
    await first.keyboard.press('p');
    await expect.poll(() => saveStatus(first)).toBe('saved');
    await first.getByRole('button', { name: 'Maps', exact: true }).click();
    const list = first.getByRole('list', { name: 'Saved maps' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    expect(await list.textContent()).toContain('(copy)');
    expect(await counter(second)).toContain('Tagged 3 of');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the reading tab to take over once the writing tab has closed, and nothing the writer did is lost', async () => {
    const context = await newContext();
    const { page: first } = await openPage(context);
    await first.keyboard.press('j');
    await first.keyboard.press('j');
    await first.keyboard.press('p');
    await expect.poll(() => saveStatus(first)).toBe('saved');
    const { page: second, errors } = await openPage(context);
    const bar = second.getByTestId('read-only');
    await bar.waitFor({ timeout: 10_000 });
    expect(await bar.getAttribute('data-writer-gone')).toBe('false');

    // The writer tags once more and closes at once.
    await first.keyboard.press('j');
    await first.keyboard.press('c');
    await first.close({ runBeforeUnload: true });
    await expect.poll(() => bar.getAttribute('data-writer-gone'), { timeout: 10_000 }).toBe('true');
    await bar.getByText('The other tab has closed.').waitFor();
    await screenshot(second, 'autosave-writer-closed');
    await bar.getByRole('button', { name: 'Take over' }).click();
    await bar.waitFor({ state: 'detached' });
    await expect.poll(() => counter(second)).toContain('Tagged 2 of');
    await second.locator('body').focus();
    await second.keyboard.press('u');
    await second.keyboard.press('q');
    await expect.poll(() => counter(second)).toContain('Tagged 3 of');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sets aside a corrupted saved map, says so, and opens the others', async () => {
    const context = await newContext();
    const { page, errors } = await openPage(context);
    // J selects the root, which takes no tag; the next J reaches the first reply.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('p');
    await expect.poll(() => saveStatus(page)).toBe('saved');
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-algolia_items-17_2014_node-hacker-news-api.json'));
    await expect.poll(() => counter(page)).toContain('Tagged 0 of 2');
    await expect.poll(async () => (await readStorage(page)).entries.length).toBe(2);

    // A damaged entry, newest and marked as open last, written straight into the database.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('threadmap');
          request.onsuccess = () => {
            const tx = request.result.transaction(['entries', 'maps', 'meta'], 'readwrite');
            tx.objectStore('entries').put({ id: 'broken', name: 'Broken map', sourceKind: 'hn', nodeCount: 3, taggedCount: 1, savedAt: '2099-01-01T00:00:00.000Z', revision: 4 }, 'broken');
            tx.objectStore('maps').put('{"format": "threadmap", "nodes": [', 'broken');
            tx.objectStore('meta').put('broken', 'lastOpen');
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const report = page.getByTestId('set-aside');
    await report.waitFor();
    expect(await report.getAttribute('role')).toBe('alert');
    expect(await report.textContent()).toContain('Broken map');
    // The newest readable map opened instead.
    await expect.poll(() => counter(page), { timeout: 10_000 }).toContain('Tagged 0 of 2');

    await page.getByRole('button', { name: 'Maps', exact: true }).click();
    const list = page.getByRole('list', { name: 'Saved maps' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    const damaged = page.locator('.damaged-maps');
    expect(await damaged.textContent()).toContain('Broken map');
    await screenshot(page, 'autosave-damaged');
    expect((await readStorage(page)).entries.map((entry) => entry.id)).not.toContain('broken');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists saved maps to switch between, rename, delete after asking, and start again from the sample', async () => {
    const context = await newContext();
    const { page, errors } = await openPage(context);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('q');
    await expect.poll(() => saveStatus(page)).toBe('saved');
    await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-algolia_items-17_2014_node-hacker-news-api.json'));
    await expect.poll(() => counter(page)).toContain('Tagged 0 of 2');
    await expect.poll(() => saveStatus(page)).toBe('saved');

    await page.getByRole('button', { name: 'Maps', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Saved maps' });
    const rows = dialog.getByRole('list', { name: 'Saved maps' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(/Sandhill Road.*Open now.*Hacker News · 3 cards · 0 tagged/);
    expect(await rows.nth(1).textContent()).toMatch(/Go unikernel.*Plain text · 32 cards · 1 tagged/);
    await screenshot(page, 'autosave-library');

    // Rename with the keyboard: the field takes Enter; the new name is kept.
    await dialog.getByRole('button', { name: /^Rename “A Go unikernel/ }).click();
    const field = dialog.getByLabel(/New name for/);
    await field.fill('Unikernel, first pass');
    await field.press('Enter');
    await expect.poll(() => rows.nth(1).textContent()).toContain('Unikernel, first pass');

    // Open the other map: its tag comes back.
    await dialog.getByRole('button', { name: 'Open “Unikernel, first pass”' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => counter(page)).toContain('Tagged 1 of 31');

    // Delete asks first; keeping it changes nothing, confirming removes it.
    await page.getByRole('button', { name: 'Maps', exact: true }).click();
    await dialog.getByRole('button', { name: /^Delete “Is there anywhere/ }).click();
    const confirm = page.getByRole('alertdialog');
    expect(await confirm.textContent()).toContain('cannot be undone');
    await screenshot(page, 'autosave-delete-confirm');
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await dialog.getByRole('button', { name: /^Delete “Is there anywhere/ }).click();
    await confirm.getByRole('button', { name: 'Delete map' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect((await readStorage(page)).entries.map((entry) => entry.name)).toEqual(['Unikernel, first pass']);

    // New from sample: a fresh, untagged copy of the sample becomes a second saved map.
    await dialog.getByRole('button', { name: 'New from sample' }).click();
    await expect.poll(() => counter(page)).toContain('Tagged 0 of 31');
    await expect.poll(async () => (await readStorage(page)).entries.length).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says that nothing is saved when the browser offers no storage, and tagging still works', async () => {
    const context = await newContext(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const { page } = await openPage(context);
    const alert = page.getByTestId('storage-problem');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toMatch(/not being saved/);
    expect(await saveStatus(page)).toBe('off');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('p');
    await expect.poll(() => counter(page)).toContain('Tagged 1 of');
    await screenshot(page, 'autosave-storage-unavailable');
    await context.close();
  });

  it('says that the storage is full when a save fails, keeps working, and saves again once it can', async () => {
    const context = await newContext(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((globalThis as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const { page } = await openPage(context);
    await page.evaluate(() => ((globalThis as { storageFull?: boolean }).storageFull = true));
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('p');
    const alert = page.getByTestId('storage-problem');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/storage for this site is full/);
    await page.keyboard.press('j');
    await page.keyboard.press('c');
    await expect.poll(() => counter(page)).toContain('Tagged 2 of');
    await screenshot(page, 'autosave-storage-full');

    await page.evaluate(() => ((globalThis as { storageFull?: boolean }).storageFull = false));
    await page.keyboard.press('j');
    await page.keyboard.press('q');
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => saveStatus(page)).toBe('saved');
    expect((await readStorage(page)).entries[0]?.taggedCount).toBe(3);
    await context.close();
  });
});
