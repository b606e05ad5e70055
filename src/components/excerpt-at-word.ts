// Apart from format.ts, so only the views that use it load it (format.ts is on the first page).

/**
 * Like `excerpt`, but cut after the last whole word that fits (a word longer than half the room
 * is cut instead): "People can't seem…", not "People can't seem t…".
 */
export function excerptAtWord(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const room = flat.slice(0, length - 1);
  const space = room.lastIndexOf(' ');
  return `${(space >= length / 2 ? room.slice(0, space) : room).replace(/[\s,;:.·-]+$/, '')}…`;
}
