import { judgedAnnotations } from '../annotations/taggable';
import type { Annotation, Annotations } from '../annotations/types';
import type { Tag, ThreadNode } from '../map/types';
import type { Codebook, CodebookCategory } from './types';

/*
 * Codebooks: the categories coders choose from. Every category is relative to the comment's parent,
 * as the tags are. A category may count as one of the map's tags (`tag`), which is what the main
 * annotations and the argument exports (AIF, Argdown) carry; the category itself is what agreement
 * is computed over.
 */

/** The default codebook: pro, con, question, relative to the parent. */
export const STANCE_CODEBOOK: Codebook = {
  scheme: 'stance',
  categories: [
    { id: 'pro', label: 'Pro', definition: 'Supports the claim it replies to.', example: 'Exactly: the benchmark shows the same thing.', key: 'p', tag: 'pro' },
    { id: 'con', label: 'Con', definition: 'Opposes or attacks the claim it replies to.', example: 'That study was retracted in 2019.', key: 'c', tag: 'con' },
    { id: 'question', label: 'Question', definition: 'Asks about or challenges the claim it replies to without taking a side.', example: 'What hardware was this measured on?', key: 'q', tag: 'question' },
  ],
};

/** The RumourEval stance scheme (Derczynski et al. 2017): support, deny, query, comment. */
export const RUMOUREVAL_CODEBOOK: Codebook = {
  scheme: 'rumoureval',
  categories: [
    { id: 'support', label: 'Support', definition: 'Supports the veracity of the claim it replies to.', example: 'Confirmed by the city council’s own statement.', key: 's', tag: 'pro' },
    { id: 'deny', label: 'Deny', definition: 'Denies the veracity of the claim it replies to.', example: 'This photo is from a 2012 flood, not today.', key: 'd', tag: 'con' },
    { id: 'query', label: 'Query', definition: 'Asks for more evidence about the claim it replies to.', example: 'Source? I can’t find this anywhere.', key: 'q', tag: 'question' },
    { id: 'comment', label: 'Comment', definition: 'Comments without a clear stance on the claim’s veracity.', example: 'Wow, what a day.', key: 'c' },
  ],
};

/** Agree, disagree, neutral, relative to the parent. */
export const AGREEMENT_CODEBOOK: Codebook = {
  scheme: 'agreement',
  categories: [
    { id: 'agree', label: 'Agree', definition: 'Agrees with the comment it replies to.', example: 'Same experience here.', key: 'a', tag: 'pro' },
    { id: 'disagree', label: 'Disagree', definition: 'Disagrees with the comment it replies to.', example: 'No, the opposite happened to us.', key: 'd', tag: 'con' },
    { id: 'neutral', label: 'Neutral', definition: 'Takes no side on the comment it replies to.', example: 'Interesting, I had not heard of this.', key: 'n' },
  ],
};

/** The schemes a person can choose from, default first. */
export const OFFERED_CODEBOOKS: readonly Codebook[] = [STANCE_CODEBOOK, RUMOUREVAL_CODEBOOK, AGREEMENT_CODEBOOK];

/** The explicit "none of these" category; without it an untagged comment is missing data. */
export const NONE_CATEGORY: CodebookCategory = { id: 'none', label: 'None of these', definition: 'No category of this codebook fits.', example: '[deleted]', key: '0', none: true };

/** The codebook a document is coded with: its own, or the default. */
export function codebookOf(doc: { codebook?: Codebook }): Codebook {
  return doc.codebook ?? STANCE_CODEBOOK;
}

/** The category ids of a codebook, in order: what agreement is computed over. */
export function categoryIds(codebook: Codebook): string[] {
  return codebook.categories.map((category) => category.id);
}

/** The category an annotation records: its `category`, else its tag; undefined when untagged. */
export function categoryOf(annotation: Annotation | undefined): string | undefined {
  return annotation?.category ?? annotation?.tag;
}

/** How many cards are coded with each category (by id), over the cards a coder can judge (not the post, not `more` stubs, not deleted comments with no text). */
export function countCategories(annotations: Annotations, nodes: readonly ThreadNode[]): Map<string, number> {
  const counts = new Map<string, number>();
  const counted = judgedAnnotations(nodes, annotations);
  for (const id of Object.keys(counted)) {
    const category = categoryOf(counted[id]);
    if (category !== undefined) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}

/** The map tag a category counts as, or undefined when it counts as none. */
export function tagOfCategory(codebook: Codebook, category: string): Tag | undefined {
  return codebook.categories.find((entry) => entry.id === category)?.tag;
}

/** The codebook with the "none of these" category added (last) or taken out. */
export function withNoneCategory(codebook: Codebook, enabled: boolean): Codebook {
  const categories = codebook.categories.filter((category) => !category.none);
  return { ...codebook, categories: enabled ? [...categories, NONE_CATEGORY] : categories };
}

/** A category a person writes: a label, a definition and an example; the id and key are derived. */
export interface WrittenCategory {
  label: string;
  definition?: string;
  example?: string;
  tag?: Tag;
}

/**
 * A user-written codebook. Ids are the labels in lower case with dashes (made unique with -2,
 * -3, …); keys are the first letter or digit of the label not taken yet (nor in `reserved`: keys
 * the app uses for other commands), else the first free one of a–z, 1–9, so that every category
 * can be chosen with one key while keys last.
 */
export function customCodebook(written: readonly WrittenCategory[], reserved: ReadonlySet<string> = new Set()): Codebook {
  const ids = new Set<string>();
  const keys = new Set<string>(reserved);
  const categories = written.map((entry): CodebookCategory => {
    const label = entry.label.trim() || 'Category';
    const base = label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'category';
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    const candidates = [...label.toLowerCase()].filter((ch) => /^[a-z0-9]$/.test(ch));
    const key = [...candidates, ...'abcdefghijklmnopqrstuvwxyz123456789'].find((ch) => !keys.has(ch)) ?? '';
    if (key) keys.add(key);
    return { id, label, definition: entry.definition?.trim() ?? '', example: entry.example?.trim() ?? '', key, ...(entry.tag ? { tag: entry.tag } : {}) };
  });
  return { scheme: 'custom', categories };
}

/** True when two codebooks have the same category ids in the same order. */
export function sameCategories(a: Codebook, b: Codebook): boolean {
  const left = categoryIds(a);
  const right = categoryIds(b);
  return left.length === right.length && left.every((id, i) => id === right[i]);
}
