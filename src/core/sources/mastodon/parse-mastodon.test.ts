import { readFileSync } from 'node:fs';
import { classifyWarnings } from '../../document/warnings';
import { describe, expect, it } from 'vitest';
import type { Thread, ThreadNode } from '../../map/types';
import type { Result } from '../../result';
import { parseMastodon } from './parse-mastodon';

const FIXTURE = new URL('../../../../test/fixtures/mastodon_context_109294719267373593_rtoot.json', import.meta.url);
const text = readFileSync(FIXTURE, 'utf8');
const context = { retrievedAt: '2026-11-26T14:00:00.000Z' };
const ROOT = '109294719267373593';

type RawStatus = Record<string, unknown>;
interface RawContext { ancestors: RawStatus[]; descendants: RawStatus[]; status?: RawStatus }

function load(): RawContext {
  return JSON.parse(text) as RawContext;
}

function run(json: unknown): Result<Thread> {
  return parseMastodon({ text: '', json }, context);
}

function parse(json: unknown): Thread {
  const result = run(json);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function depthOf(thread: Thread, id: string): number {
  const byId = new Map(thread.nodes.map((n) => [n.id, n]));
  let depth = 0;
  let node: ThreadNode | undefined = byId.get(id);
  while (node?.parent) {
    depth++;
    node = byId.get(node.parent);
  }
  return depth;
}

describe('parseMastodon on a real context body without its status', () => {
  const result = run(load());
  const thread = parse(load());
  const node = (id: string) => thread.nodes.find((n) => n.id === id)!;

  it('keeps all 59 descendants under an empty root standing for the missing status, and says so', () => {
    expect(thread.nodes).toHaveLength(60);
    expect(thread.nodes[0]).toMatchObject({ id: ROOT, parent: null, kind: 'post', text: '', author: null });
    expect(result.ok && result.warnings.join(' ')).toMatch(/109294719267373593 .* not in the file/);
    // A missing root status is a fact about the thread, shown on the map, not a repair.
    const { partial, repairs } = classifyWarnings(result.ok ? result.warnings : []);
    expect(partial.join(' ')).toMatch(/109294719267373593 .* not in the file/);
    expect(repairs).toEqual([]);
  });

  it('follows in_reply_to_id for parents, down to depth 7', () => {
    expect(node('109294767623508949').parent).toBe(ROOT);
    expect(node('109297475061745134').parent).toBe('109297452549435392');
    expect(node('109296731817086780').parent).toBe('109296725027702140');
    expect(Math.max(...thread.nodes.map((n) => depthOf(thread, n.id)))).toBe(7);
    expect(depthOf(thread, '109296731817086780')).toBe(7);
  });

  it('orders the thread depth-first even though the API sorts replies differently', () => {
    const ids = thread.nodes.map((n) => n.id);
    expect(ids.indexOf('109297475061745134')).toBe(ids.indexOf('109297452549435392') + 1);
  });

  it('decodes entities, keeps links and names remote authors with their instance', () => {
    expect(node('109297452549435392').text.startsWith("It's amazing to wake up this morning")).toBe(true);
    expect(node('109294767623508949').text).toBe(
      'The best way to keep this development going and to get features added is to support the team. I #SupportMastodon at $10 a month, but you can choose less or more. See my post below with link to #Patreon. @Gargron @Mastodon\n\nhttps://mastodon.social/@austinkocher/109268468019840972',
    );
    expect(node('109295408915701724')).toMatchObject({ author: 'JMTee@mstdn.social', url: 'https://mstdn.social/@JMTee/109295408764217016', createdAt: '2022-11-06T06:19:47.000Z' });
    expect(thread.source).toMatchObject({ kind: 'mastodon', title: null, retrievedAt: context.retrievedAt });
  });
});

describe('parseMastodon on the {status, ancestors, descendants} shape', () => {
  it('uses the fetched status as the root when it has no ancestors', () => {
    const body = load();
    body.status = { ...body.descendants[0]!, id: ROOT, in_reply_to_id: null, content: '<p>What is new in Mastodon 4.0?</p>', url: `https://mastodon.social/@Mastodon/${ROOT}` };
    const result = run(body);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.value.nodes[0]).toMatchObject({ id: ROOT, kind: 'post', text: 'What is new in Mastodon 4.0?' });
    expect(result.value.source.url).toBe(`https://mastodon.social/@Mastodon/${ROOT}`);
  });

  it('roots the thread at the first ancestor when the status is a reply deep in it', () => {
    const all = load().descendants;
    const pick = (id: string) => all.find((s) => s['id'] === id)!;
    const body = {
      ancestors: ['109296600638577574', '109296622643144971'].map(pick),
      status: pick('109296638076485826'),
      descendants: ['109296670102943070', '109296717624349761', '109296725027702140', '109296731817086780'].map(pick),
    };
    const result = run(body);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const nodes = result.value.nodes;
    // The ancestors' own parent (the thread's first status) is not in the body: a stand-in roots it.
    expect(nodes.map((n) => [n.id, n.parent])).toEqual([
      [ROOT, null],
      ['109296600638577574', ROOT],
      ['109296622643144971', '109296600638577574'],
      ['109296638076485826', '109296622643144971'],
      ['109296670102943070', '109296638076485826'],
      ['109296717624349761', '109296670102943070'],
      ['109296725027702140', '109296717624349761'],
      ['109296731817086780', '109296725027702140'],
    ]);
    expect(result.warnings.join(' ')).toMatch(/deleted, private or not loaded/);
  });

  it('keeps content warnings, polls and attachments in the text', () => {
    const body = load();
    body.descendants[0] = {
      ...body.descendants[0]!,
      spoiler_text: 'politics',
      content: '<p>Vote:</p>',
      poll: { options: [{ title: 'yes' }, { title: 'no' }] },
      media_attachments: [{ type: 'image', url: 'https://files.example/a.png', description: 'a chart' }],
    };
    const first = parse(body).nodes.find((n) => n.id === '109294767623508949')!;
    expect(first.text).toBe('Content warning: politics\n\nVote:\n\nPoll: yes / no\n\n[image: a chart] https://files.example/a.png');
  });

  it('warns that logged-out answers stop at 60 replies', () => {
    const body = load();
    body.descendants.push({ ...body.descendants[0]!, id: '1' });
    const result = run(body);
    expect(result.ok && result.warnings.join(' ')).toMatch(/at most 60 replies/);
  });

  it('refuses a body with no statuses', () => {
    const result = run({ ancestors: [], descendants: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('invalidThread');
  });
});
