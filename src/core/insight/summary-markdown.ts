import type { ThreadNode } from '../map/types';
import type { ThreadMeasures } from './measure-thread';
import { peopleTakingPart } from './people-taking-part';

const escape = (text: string) => text.replace(/([\\|*_`[\]<>#])/g, '\\$1').replace(/\s+/g, ' ').trim();

function opening(node: ThreadNode | undefined, length = 70): string {
  if (!node) return '';
  const text = node.text.replace(/\s+/g, ' ').trim();
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/**
 * The summary as Markdown: a heading, the summary sentence, and the five biggest sub-debates
 * with who started them, how many comments they hold (not `more` stubs nor claims), people and opening words. `nodeOf` finds a node by id.
 */
export function summaryMarkdown(measures: ThreadMeasures, nodeOf: (id: string) => ThreadNode | undefined, heading = '## Summary'): string {
  const lines = [heading, '', escape(measures.summary)];
  const biggest = measures.topLevel.slice(0, 5);
  if (biggest.length > 1) {
    lines.push('', 'Biggest sub-debates:', '');
    biggest.forEach((debate, k) => {
      const node = nodeOf(debate.id);
      // Pasted text names nobody: the line says so once, as the app does, rather than "*unknown author*: …, 0 people".
      const who = node?.author ? `**${escape(node.author)}**: ` : '';
      const people = peopleTakingPart(debate.participants);
      const words = opening(node);
      const comments = `${debate.comments.toLocaleString('en-US')} ${debate.comments === 1 ? 'comment' : 'comments'}`;
      const depth = debate.depth === 0 ? 'no replies' : `${debate.depth} ${debate.depth === 1 ? 'level' : 'levels'} deep`;
      lines.push(`${k + 1}. ${who}${comments}, ${people}, ${depth}${words ? ` — “${escape(words)}”` : ''}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
