import { startHarness, openApp, fixturePath } from '../test/e2e/harness';
const h = await startHarness();
const { page, context, errors } = await openApp(h);
await page.waitForSelector('.react-flow__node .card', { timeout: 20000 });
await page.waitForTimeout(1500);
const modes = ['1', '2', '3', '4'];
for (const m of modes) {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press(m); await page.waitForTimeout(800); await page.keyboard.press('f'); await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shots/sample-${m}.png` });
}
await page.getByLabel('Open thread file').setInputFiles(fixturePath('hn-firebase_14952787_flat-items_forum-explorer.json'));
await page.waitForFunction(() => document.querySelector('[data-testid=tag-counter]')?.textContent?.includes('of 2,452'), null, { timeout: 20000 });
for (const m of modes) {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press(m); await page.waitForTimeout(1200); await page.keyboard.press('f'); await page.waitForTimeout(1200);
  await page.screenshot({ path: `/tmp/shots/hn-${m}.png` });
}
console.log('errors', errors);
await context.close(); await h.close();
