// What the user is told when the browser does not store maps.

/** Why saving does not work at the moment, with a sentence for the user. */
export interface StorageProblem {
  kind: 'unavailable' | 'quota' | 'failed';
  message: string;
}

const detailOf = (error: unknown): string => {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const text = typeof message === 'string' && message ? message : typeof name === 'string' ? name : '';
    return text.replace(/\s+/g, ' ').trim().replace(/[.\s]+$/, '').slice(0, 160);
  }
  return String(error).replace(/[.\s]+$/, '').slice(0, 160);
};

/** Turns a storage failure into what the user is told; `opening` marks the database failing to open. */
export function describeStorageError(error: unknown, opening = false): StorageProblem {
  const said = detailOf(error);
  if ((error as { name?: unknown } | null | undefined)?.name === 'QuotaExceededError' || /quota/i.test(said)) {
    return {
      kind: 'quota',
      message: 'Your work is not being saved: the browser’s storage for this site is full. Delete saved maps you no longer need (Maps), or use Export JSON to keep this one.',
    };
  }
  if (opening) {
    return {
      kind: 'unavailable',
      message: `Your work is not being saved: this browser does not let Threadmap store maps here${said ? ` (it says: “${said}”)` : ''}. Private windows and strict privacy settings can do that. The map stays open in this tab: use Export JSON to keep it.`,
    };
  }
  return {
    kind: 'failed',
    message: `Your work is not being saved: the browser refused to store it (${said || 'unknown error'}). Threadmap tries again with your next change; use Export JSON to keep a copy.`,
  };
}
