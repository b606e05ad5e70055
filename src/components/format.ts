const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "8 Aug 2017, 01:47" in the reader's locale; empty for a missing or invalid time. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateTime.format(date);
}

export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateOnly.format(date);
}

/** The first characters of a text on one line, for cards and breadcrumbs. */
export function excerpt(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/**
 * Who took part in a sub-debate, as every view says it: "1 person", "181 people", and "no named
 * author" where its comments have none (pasted text, dead or deleted comments), not a count of nobody.
 */
export function peopleTakingPart(count: number): string {
  return count === 0 ? 'no named author' : `${count.toLocaleString('en')} ${count === 1 ? 'person' : 'people'}`;
}
