import type { Thread } from '../map/types';
import type { Result } from '../result';

/** The raw input handed to every parser: the text, and its JSON value when it parsed as JSON. */
export interface SourceInput {
  text: string;
  /** undefined when the text is not JSON. */
  json: unknown;
}

export interface ParseContext {
  /** When the input was fetched or read (ISO 8601), or null when unknown. */
  retrievedAt: string | null;
  /** The URL the input was fetched from, when it was. */
  sourceUrl?: string | null;
}

/** One supported input format: recognises its input and turns it into a Thread. */
export interface SourceParser {
  /** Stable id, e.g. "hn-algolia". */
  format: string;
  /** What a person would call it, e.g. "Hacker News (Algolia items API)". */
  label: string;
  /** True when the input looks like this format; cheap, never throws. */
  sniff(input: SourceInput): boolean;
  parse(input: SourceInput, context: ParseContext): Result<Thread>;
}
