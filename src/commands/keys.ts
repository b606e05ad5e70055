/** A key and its modifiers, as written in the registry: `p`, `Shift+M`, `Mod+Shift+Z`, `ArrowUp`, `+`. */
export interface KeyChord {
  key: string;
  /** Ctrl, or ⌘ on a Mac. */
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

/** Reads a chord written as modifiers and a key joined by `+` (a lone `+` is the plus key). */
export function parseChord(text: string): KeyChord {
  const parts = text.length > 1 && text.endsWith('++') ? [...text.slice(0, -2).split('+'), '+'] : text.length === 1 ? [text] : text.split('+');
  const key = parts.at(-1)!;
  const modifiers = new Set(parts.slice(0, -1));
  return { key, mod: modifiers.has('Mod'), shift: modifiers.has('Shift'), alt: modifiers.has('Alt') };
}

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

const isLetter = (key: string) => key.length === 1 && key.toLowerCase() !== key.toUpperCase();

/**
 * Whether a key press is the chord. Letters match in either case (Caps Lock on) with Shift as
 * written; symbols (`?`, `/`, `[`, `+`) match whatever Shift it takes to type them on the
 * keyboard's layout; named keys (Enter, arrows) match with Shift as written.
 */
export function matchesChord(event: KeyEventLike, chord: KeyChord): boolean {
  if ((event.ctrlKey || event.metaKey) !== chord.mod || event.altKey !== chord.alt) return false;
  if (isLetter(chord.key)) return event.key.toLowerCase() === chord.key.toLowerCase() && event.shiftKey === chord.shift;
  if (chord.key.length === 1 && chord.key !== ' ') return event.key === chord.key;
  return event.key === chord.key && event.shiftKey === chord.shift;
}

const SHOWN_NAMES: Record<string, string> = {
  Escape: 'Esc', ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', ' ': 'Space', '-': '−', Mod: 'Ctrl',
};

/** A chord as people read it on a key cap: `P`, `Shift+M`, `Ctrl+Shift+Z`, `←`, `Esc`. */
export function showChord(text: string): string {
  const chord = parseChord(text);
  const key = SHOWN_NAMES[chord.key] ?? (isLetter(chord.key) ? chord.key.toUpperCase() : chord.key);
  return [chord.mod ? 'Ctrl' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** A chord in the form of the `aria-keyshortcuts` attribute (`Control+Z`, `Shift+M`, `Space`). */
export function ariaChord(text: string): string {
  const chord = parseChord(text);
  const key = chord.key === ' ' ? 'Space' : chord.key === '+' ? 'Plus' : chord.key;
  return [chord.mod ? 'Control' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}
