/**
 * Direction controls (U+202A–U+202E, U+2066–U+2069 and the marks) let a name like
 * "\u202Eevil" show as "live". Names from a thread are isolated (`<bdi>`) and their controls
 * shown by abbreviation, so what is on screen is what the text holds.
 */
import { hasBidiControls, revealBidiControls } from '../core/text/bidi';

export { hasBidiControls, revealBidiControls };

/** A name from a thread, isolated from the text around it, its direction controls made visible. */
export function IsolatedName({ name, className }: { name: string; className?: string }) {
  const controls = hasBidiControls(name);
  return (
    <bdi className={className} title={controls ? 'This name holds hidden text-direction characters, shown in brackets' : undefined}>
      {controls ? revealBidiControls(name) : name}
    </bdi>
  );
}
