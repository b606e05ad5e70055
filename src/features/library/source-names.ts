const SOURCE_NAMES: Record<string, string> = {
  hn: 'Hacker News',
  reddit: 'Reddit',
  lobsters: 'Lobsters',
  discourse: 'Discourse',
  mastodon: 'Mastodon',
  text: 'Plain text',
  aif: 'AIF',
};

/** "Hacker News" for "hn"; an unknown kind as it is. */
export const sourceName = (kind: string): string => SOURCE_NAMES[kind] ?? kind;

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
export const nodeCount = (n: number) => count(n, 'card', 'cards');
export const taggedCount = (n: number) => `${n.toLocaleString('en-US')} tagged`;
