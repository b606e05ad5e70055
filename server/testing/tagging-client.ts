// A participant in its own process that tags one card after another until it is killed:
//   node --import tsx server/testing/tagging-client.ts <url> <room> <key> <fixture> <name>
import { commentsOf, openRecorded, operation } from '../../src/core/live/testing/live-fixtures';
import { participant } from './clients';

const [url, room, key, fixture, name] = process.argv.slice(2) as [string, string, string, string, string];
const session = participant({ url, room, key, name });
await session.ready;
await new Promise<void>((resolve) => {
  if (session.document()) return resolve();
  const stop = session.subscribe(() => {
    if (!session.document()) return;
    stop();
    resolve();
  });
});
const cards = commentsOf(openRecorded(fixture));
for (let n = 0; n < cards.length; n++) {
  session.apply(operation('tag', { id: cards[n]!.id, tag: 'question' }, n, name));
  console.log(`sent ${n + 1}`);
  await new Promise((resolve) => setTimeout(resolve, 15));
}
console.log('done');
