/** Text decoded from a file's bytes, and what a person should know about how it was read. */
export interface DecodedInput {
  text: string;
  /** The encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Sentences for the opened map: set when bytes could not be decoded and were replaced. */
  warnings: string[];
}

const INVALID_BYTES =
  'Some bytes of the file are not valid {encoding} and were replaced with “\uFFFD”: the thread may have been saved in another encoding (such as Windows-1252). Save it again as UTF-8 to keep every character.';

/** The encoding a byte order mark names, and the mark's length; UTF-8 when there is none. */
function sniffByteOrderMark(bytes: Uint8Array): { encoding: DecodedInput['encoding']; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  // FF FE 00 00 would be UTF-32LE, which nobody saves threads in; it fails as binary (NUL bytes).
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return { encoding: 'utf-8', skip: 0 };
}

/**
 * Decodes a file's bytes as the text Threadmap opens: UTF-16 (little or big endian) when a byte
 * order mark says so, UTF-8 otherwise. Bytes that are not valid in that encoding become U+FFFD,
 * and a warning says so, because the text of the map is then not exactly the file's.
 */
export function decodeInput(bytes: Uint8Array): DecodedInput {
  const { encoding, skip } = sniffByteOrderMark(bytes);
  const body = bytes.subarray(skip);
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding, warnings: [] };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    return { text, encoding, warnings: [INVALID_BYTES.replace('{encoding}', encoding.toUpperCase())] };
  }
}
