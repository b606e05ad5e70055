/**
 * Direction controls (U+202A–U+202E, U+2066–U+2069 and the marks) let a name like
 * "\u202Eevil" show as "live". Wherever a name from a thread is drawn, its controls are shown by
 * abbreviation, so what is on screen is what the text holds.
 */
const CONTROL_NAMES: Record<string, string> = {
  '\u061C': 'ALM',
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

const CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** The text with each direction control replaced by its visible abbreviation, e.g. "[RLO]". */
export function revealBidiControls(text: string): string {
  return text.replace(CONTROLS, (control) => `[${CONTROL_NAMES[control] ?? 'U+' + control.charCodeAt(0).toString(16).toUpperCase()}]`);
}

/** Whether the text holds any direction control. */
export function hasBidiControls(text: string): boolean {
  return CONTROL.test(text);
}
