/**
 * Who took part in a sub-debate, as every view and export says it (the map's labels, the list,
 * the Markdown summary, the sub-debates image): "1 person", "181 people", and "no named
 * author" where its comments have none (pasted text, dead or deleted comments), not a count of nobody.
 */
export function peopleTakingPart(count: number): string {
  return count === 0 ? 'no named author' : `${count.toLocaleString('en')} ${count === 1 ? 'person' : 'people'}`;
}
