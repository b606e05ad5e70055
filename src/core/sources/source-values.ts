/** Small readings of source values that every importer needs in the same way. */

/** ISO time from an ISO-like string or Unix seconds; null when neither gives a real date. */
export function isoTime(value: string | null | undefined, unixSeconds?: number | null): string | null {
  if (value) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  if (typeof unixSeconds === 'number' && Number.isFinite(unixSeconds)) {
    const date = new Date(unixSeconds * 1000);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  return null;
}

/** The origin of an http(s) URL, or null for anything else. */
export function httpOrigin(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
