/**
 * The signals the plain-text importer reads: quotes of earlier text, words that open a reply,
 * and words two blocks share. Each works in time linear in the text it looks at.
 */

const WORD = /[\p{L}\p{N}]+/gu;
// Looking further into a paragraph than this never changes a decision, and keeps
// megabyte-long lines cheap.
const MAX_CANDIDATE_CHARS = 2000;

/** Lower-case words of a text, in order. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

// ---- Quotes ---------------------------------------------------------------------------------

const SHINGLE = 4;
const MIN_QUOTE_WORDS = 6;
const QUOTE_SHARE = 0.6;
// A shingle remembers only its latest few blocks: a reply quotes recent text, and a phrase
// repeated everywhere must not make the search quadratic.
const POSTINGS_CAP = 4;

/**
 * Finds which earlier block a sentence quotes, exactly or nearly (a word changed here and
 * there), by counting shared runs of four words in an index of everything added so far.
 */
export class QuoteIndex {
  private readonly vocabulary = new Map<string, number>();
  // Keyed by a 53-bit hash of four word ids: numbers keep a million-word index cheap, and a
  // rare collision only adds one vote to a wrong block, which the 60% threshold absorbs.
  // A value is one block, or the latest few when the run of words recurs.
  private readonly postings = new Map<number, number | number[]>();

  /** The runs of four words of a paragraph, as index keys, in order. */
  keysOf(words: readonly string[]): number[] {
    const ids: number[] = [];
    for (const word of words) {
      let id = this.vocabulary.get(word);
      if (id === undefined) this.vocabulary.set(word, (id = this.vocabulary.size));
      ids.push(id);
    }
    const keys: number[] = [];
    for (let i = 0; i + SHINGLE <= ids.length; i++) {
      let high = 0x811c9dc5;
      let low = 0x01000193;
      for (let j = i; j < i + SHINGLE; j++) {
        const id = ids[j]!;
        high = Math.imul(high ^ id, 0x01000193);
        low = Math.imul(low + id, 0x5bd1e995) ^ (low >>> 13);
      }
      keys.push((high >>> 0) * 0x200000 + (low & 0x1fffff));
    }
    return keys;
  }

  /** Indexes the keys of a paragraph that belongs to block `block`. */
  add(keys: readonly number[], block: number): void {
    for (const key of keys) {
      const entry = this.postings.get(key);
      if (entry === undefined) this.postings.set(key, block);
      else if (typeof entry === 'number') {
        if (entry !== block) this.postings.set(key, [entry, block]);
      } else if (entry[entry.length - 1] !== block) {
        entry.push(block);
        if (entry.length > POSTINGS_CAP) entry.shift();
      }
    }
  }

  /**
   * The latest block holding most of the first `words` words of a paragraph whose keys are
   * `keys`, or null.
   */
  find(keys: readonly number[], words: number): number | null {
    if (words < MIN_QUOTE_WORDS) return null;
    const total = Math.min(keys.length, words - SHINGLE + 1);
    const hits = new Map<number, number>();
    const vote = (block: number): void => void hits.set(block, (hits.get(block) ?? 0) + 1);
    for (let i = 0; i < total; i++) {
      const entry = this.postings.get(keys[i]!);
      if (typeof entry === 'number') vote(entry);
      else if (entry) entry.forEach(vote);
    }
    const needed = Math.max(3, Math.ceil(total * QUOTE_SHARE));
    let best: number | null = null;
    let bestHits = 0;
    for (const [block, count] of hits) {
      if (count > bestHits || (count === bestHits && best !== null && block > best)) {
        best = block;
        bestHits = count;
      }
    }
    return bestHits >= needed ? best : null;
  }
}

/**
 * How many leading words of a paragraph may be a quote: a `>` quote's words, else its first
 * sentence's (at most 60).
 */
export function quoteLength(body: string, marked: boolean): number {
  const head = body.slice(0, MAX_CANDIDATE_CHARS);
  const span = marked ? head : (/^.*?[.!?](?=\s|$)/s.exec(head)?.[0] ?? head);
  return Math.min(60, wordsOf(span).length);
}

// ---- Cues at the start of a paragraph -------------------------------------------------------

// Answers, greetings and reactions: a paragraph opening like this answers the one before it.
const REPLY_OPENER =
  /^(?:(?:yes|yeah|yep|yup|nope|thanks|thx|lol|haha|hmm+|wow)\b|(?:no|sure|right|true|exactly|indeed|correct|agreed|well|interesting|huh|oh|ah|nice|cool|great|this)[,.!?:;](?:\s|$)|not (?:yet|really|quite|at all|exactly|necessarily|at this time)\b|i (?:agree|disagree|don'?t (?:agree|think so))\b|thank you\b|(?:hi|hello|hey)\b|same here\b|\+1|fair (?:point|enough)\b|good (?:point|question)\b|source\?|citation needed\b|@\w)/i;
// Asking the reader something directly: "Can you elaborate?" in the first two sentences.
const DIRECT_QUESTION = /^(?:[^.!?]*[.!?]\s)?[^.!?]*\b(?:can|could|would|will|do|did|have|are|were|should)\s+you\b[^.!?]*\?/i;
// Asking the crowd opens a new subject rather than answering anyone.
const CROWD_OPENER = /^(?:(?:does|has|is|did|do)\s+)?(?:any(?:one|body))\b/i;
// These carry on the paragraph before (a postscript, an edit, a contrast).
const CONTINUATION = /^(?:also|and|but|though|although|however|moreover|furthermore|plus|edit|update|ps|p\.s\.|in short|that said|otherwise|anyway|to be fair|for example|for instance|e\.g\.)\b/i;

export type Cue = 'reply' | 'crowd' | 'continuation' | null;

/** True when a paragraph asks the reader something in its first sentences ("Can you …?"). */
export function asksTheReader(text: string): boolean {
  return DIRECT_QUESTION.test(text.slice(0, 400));
}

/** How a paragraph opens, read from its first words. */
export function cueOf(text: string): Cue {
  const head = text.slice(0, 400);
  if (CONTINUATION.test(head)) return 'continuation';
  if (CROWD_OPENER.test(head)) return 'crowd';
  if (REPLY_OPENER.test(head) || DIRECT_QUESTION.test(head)) return 'reply';
  return null;
}

// ---- Shared words ---------------------------------------------------------------------------

const STOPWORDS = new Set(
  'about above after again against also although always among another anything anyway around because been before being below between both cannot could does doing down during each either else enough even ever every from further have having here hers herself himself however into itself just know least less like lots made make many might more most much must myself never none only other others ought ours over own quite rather really said same should since some something still such than that their theirs them themselves then there these they thing things think this those though through thus together under until upon very want were what whatever when where whether which while whom whose will with within without would your yours yourself actually probably maybe sure well going gets getting make makes need needs people seem seems used using lot lots kind sort way ways yeah good great pretty able ones three several multiple various different often usually simply simple certainly definitely likely especially everything nothing someone anyone everyone somewhere instead already better best first last long little whole part point case fact true right wrong sense mean means thanks'.split(' '),
);

/** Crude stem, enough to match "drivers" with "driver" and "tuned" with "tune". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && (word.endsWith('ed') || word.endsWith('es'))) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  if (word.length > 3 && word.endsWith('e')) return word.slice(0, -1);
  return word;
}

/** The words of a text that can say what it is about: long, not function words, stemmed. */
export function contentStems(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    if (word.length < 4 && !(word.length >= 3 && /\d/.test(word))) continue;
    if (STOPWORDS.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}

/**
 * True when two blocks share a word that only a few paragraphs of the whole text use: the
 * thread's subject words (used everywhere) say nothing about who answers whom.
 */
export function shareRareWord(a: ReadonlySet<string>, b: ReadonlySet<string>, frequency: ReadonlyMap<string, number>, limit: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word) && (frequency.get(word) ?? 0) <= limit) return true;
  return false;
}
