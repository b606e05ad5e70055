import { startHarness, openApp, fixturePath } from '../test/e2e/harness';
const harness = await startHarness();
const { page, context } = await openApp(harness, { width: 1400, height: 900 });
await page.locator('.react-flow__node .card').first().waitFor();
const shot = (name: string) => page.screenshot({ path: `/tmp/shots/${name}.png` });
// Tag a few cards of the sample.
for (const key of ['j', 'j', 'p', 'j', 'c', 'j', 'q', 'j', 'j', 'p']) { await page.keyboard.press(key); await page.waitForTimeout(120); }
for (const key of ['1', '2', '3', '4']) { await page.keyboard.press(key); await page.waitForTimeout(1200); await shot(`sample-${key}`); }
await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-firebase_14952787_flat-items_forum-explorer.json'));
await page.waitForFunction(() => /of 2,?564/.test(document.querySelector('[data-testid="tag-counter"]')?.textContent ?? ''), null, { timeout: 30000 });
await page.waitForTimeout(1500);
await shot('hn-open');
for (const key of ['j', 'j', 'p', 'j', 'c', 'j', 'q', 'j', 'j', 'p', 'j', 'c']) { await page.keyboard.press(key); await page.waitForTimeout(150); }
for (const key of ['1', '2', '3', '4']) { await page.keyboard.press(key); await page.waitForTimeout(2000); await shot(`hn-${key}`); }
await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
await page.keyboard.press('2'); await page.waitForTimeout(1500);
for (let i = 0; i < 2; i++) { await page.keyboard.press('-'); await page.waitForTimeout(500); }
await shot('hn-2-dark-out');
await context.close(); await harness.close();
process.exit(0);
