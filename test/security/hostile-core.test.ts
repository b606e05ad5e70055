import { describe, expect, it } from 'vitest';
import { openInput } from '../../src/core/document/open-input';
import { exportMarkdown } from '../../src/core/export/markdown';
import { buildMap } from '../../src/core/map/graph';
import { htmlToBlocks, plainToBlocks, safeHref, type Block, type Inline } from '../../src/core/text';
import { parse } from 'csv-parse/sync';
import { exportCsv } from '../../src/core/export/csv';
import { findExporter } from '../../src/core/export';
import { exportJson } from '../../src/core/export/json';
import { FORMULA_CELLS, HOSTILE_COMMENTS, HOSTILE_HREFS, HOSTILE_TITLE, PROTOTYPE_IDS, SAFE_SCHEMES, XSS_PAYLOADS, hostileDocuments, hostileHtml } from '../support/hostile-corpus';

const BASES = [null, 'https://news.ycombinator.com/', 'javascript:alert(1)', 'data:text/html,x'] as const;

/** Every href anywhere in the blocks; also fails on any field the safe model does not have. */
function hrefsOf(blocks: Block[]): (string | null)[] {
  const out: (string | null)[] = [];
  const inline = (item: Inline): void => {
    expect(Object.keys(item).every((key) => ['type', 'text', 'href', 'children'].includes(key))).toBe(true);
    if (item.type === 'link') out.push(item.href);
    if ('children' in item) item.children.forEach(inline);
  };
  const block = (item: Block): void => {
    expect(Object.keys(item).every((key) => ['type', 'text', 'children', 'ordered', 'items'].includes(key))).toBe(true);
    if (item.type === 'paragraph') item.children.forEach(inline);
    else if (item.type === 'quote') item.children.forEach(block);
    else if (item.type === 'list') item.items.forEach((entry) => entry.forEach(block));
  };
  blocks.forEach(block);
  return out;
}

/** A target a page may make clickable: http(s) or mailto, with nothing that could end an attribute. */
function isSafeTarget(href: string | null): boolean {
  if (href === null) return true;
  return SAFE_SCHEMES.includes(new URL(href).protocol) && !/["'<>\s\p{Cc}]/u.test(href);
}

describe('safeHref on hostile link targets', () => {
  it('refuses every script, data, file and blob target, however it is cased, split or prefixed', () => {
    // "java\u0000script:" is no scheme to a browser either, and entities are not decoded in a
    // URL field: against a base both are relative paths.
    const unsafe = HOSTILE_HREFS.filter((href) => /^[\s\p{Cc}]*(j|v|l|d|f|b)/iu.test(href) && !/[&\0]/.test(href));
    expect(unsafe.length).toBeGreaterThanOrEqual(18);
    for (const href of unsafe) {
      for (const base of BASES) expect(safeHref(href, base), `${JSON.stringify(href)} against ${base}`).toBeNull();
    }
  });

  it('gives back only http, https or mailto targets, with quotes and brackets escaped', () => {
    for (const href of HOSTILE_HREFS) {
      for (const base of BASES) expect(isSafeTarget(safeHref(href, base)), `${JSON.stringify(href)} against ${base}`).toBe(true);
    }
    expect(safeHref('https://xss.invalid/"onmouseover="alert(1)')).toBe('https://xss.invalid/%22onmouseover=%22alert(1)');
  });

  it('reads entity-encoded targets as text: without a base they are not links at all', () => {
    expect(safeHref('&#106;avascript:alert(1)')).toBeNull();
    expect(safeHref('javascript&colon;alert(1)')).toBeNull();
  });
});

describe('htmlToBlocks on the XSS corpus', () => {
  it('keeps only safe link targets for every payload, quoting style and base', () => {
    const inputs = [...XSS_PAYLOADS, ...Array.from({ length: HOSTILE_COMMENTS }, (_, i) => hostileHtml(i))];
    for (const html of inputs) {
      for (const base of BASES) {
        for (const href of hrefsOf(htmlToBlocks(html, base))) expect(isSafeTarget(href), `${href} from ${html}`).toBe(true);
      }
    }
  });

  it('decodes entity-encoded and whitespace-split schemes before judging them', () => {
    const html = '<a href="&#106;avascript:alert(1)">a</a><a href="jav&#x09;ascript:alert(1)">b</a><a href="JaVaScRiPt:alert(1)">c</a><a href=" vbscript:msgbox(1)">d</a>';
    const blocks = htmlToBlocks(html, 'https://news.ycombinator.com/');
    expect(hrefsOf(blocks)).toEqual([null, null, null, null]);
    expect(blocks).toEqual([{ type: 'paragraph', children: ['a', 'b', 'c', 'd'].map((text) => ({ type: 'link', href: null, children: [{ type: 'text', text }] })) }]);
  });

  it('drops scripts, styles, frames, SVG, objects and images with everything inside them', () => {
    for (const html of [
      '<script>alert(1)</script>',
      '<svg onload=alert(1)>',
      '<svg><script>alert(1)</script></svg>',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<STYLE>@import\'https://xss.invalid/xss.css\';</STYLE>',
      '<img src=x onerror=alert(1)>',
      '<object data="data:text/html;base64,PHNjcmlwdD4="></object>',
      '<embed src="data:image/svg+xml;base64,PHN2Zz4=">',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    ]) {
      expect(htmlToBlocks(html), html).toEqual([]);
    }
  });

  it('keeps the visible words of styled, handler-laden and broken markup as plain text', () => {
    expect(htmlToBlocks('<DIV STYLE="width: expression(alert(\'XSS\'));">expression</DIV>')).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'expression' }] }]);
    expect(htmlToBlocks('<a onmouseover="alert(document.cookie)">xxs link</a>')).toEqual([{ type: 'paragraph', children: [{ type: 'link', href: null, children: [{ type: 'text', text: 'xxs link' }] }] }]);
    expect(htmlToBlocks('&lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: '<script>alert(1)</script>' }] }]);
  });
});

describe('plainToBlocks on hostile text', () => {
  it('links only http(s) addresses and stops them before quotes and brackets', () => {
    const text = 'see https://ok.invalid/1"><script>alert(1)</script> and javascript:alert(1) and data:text/html,<b>x</b>';
    const blocks = plainToBlocks(text);
    expect(hrefsOf(blocks)).toEqual(['https://ok.invalid/1']);
    for (const payload of XSS_PAYLOADS) for (const href of hrefsOf(plainToBlocks(payload))) expect(isSafeTarget(href)).toBe(true);
  });
});

describe('opening hostile threads of every format', () => {
  const documents = hostileDocuments();

  it.each(documents.map((doc) => [doc.format, doc] as const))('opens the hostile %s thread with every comment and its payloads kept as text', (_format, hostile) => {
    const result = openInput(hostile.text, { retrievedAt: null, fileName: hostile.fileName, now: '2026-11-26T14:00:00.000Z' });
    if (!result.ok) throw new Error(result.error.message);
    const doc = result.value;
    // Plain text has its reply structure guessed: a few lines may join the comment before.
    expect(doc.nodes.length).toBeGreaterThanOrEqual(hostile.format === 'text' ? HOSTILE_COMMENTS / 2 : HOSTILE_COMMENTS);
    expect(buildMap(doc.nodes).warnings).toEqual([]);
    // The payloads survive as the people wrote them: as text, to be shown as text.
    const authors = doc.nodes.map((node) => node.author ?? '').join('\n');
    if (hostile.format !== 'text') expect(XSS_PAYLOADS.filter((payload) => authors.includes(payload)).length).toBeGreaterThan(10);
    if (!['mastodon', 'aif'].includes(hostile.format)) expect(doc.source.title).toBe(HOSTILE_TITLE);
    for (const node of doc.nodes) {
      if (node.html) for (const href of hrefsOf(htmlToBlocks(node.html, node.url))) expect(isSafeTarget(href)).toBe(true);
      for (const href of hrefsOf(plainToBlocks(node.text))) expect(isSafeTarget(href)).toBe(true);
    }
  });

  it.each(documents.filter((doc) => doc.format !== 'threadmap').map((doc) => [doc.format, doc] as const))(
    'gives no %s node a permalink other than http, https or mailto',
    (_format, hostile) => {
      const result = openInput(hostile.text, { retrievedAt: null, fileName: hostile.fileName });
      if (!result.ok) throw new Error(result.error.message);
      for (const node of result.value.nodes) expect(isSafeTarget(node.url), `${node.id}: ${node.url}`).toBe(true);
    },
  );

  it('exports Markdown whose every link target is http, https or mailto', () => {
    let checked = 0;
    for (const hostile of documents) {
      const result = openInput(hostile.text, { retrievedAt: null, fileName: hostile.fileName });
      if (!result.ok) throw new Error(result.error.message);
      const markdown = exportMarkdown(result.value);
      const targets = [...markdown.matchAll(/\]\(<([^>]*)>\)/g)].map((match) => match[1]!);
      for (const target of targets) expect(isSafeTarget(target), `${hostile.format}: ${target}`).toBe(true);
      checked += targets.length;
    }
    expect(checked).toBeGreaterThan(HOSTILE_COMMENTS);
  });
});

describe('hostile values in exports and ids', () => {
  const opened = hostileDocuments().map((hostile) => {
    const result = openInput(hostile.text, { retrievedAt: null, fileName: hostile.fileName, now: '2026-11-26T14:00:00.000Z' });
    if (!result.ok) throw new Error(result.error.message);
    return { format: hostile.format, doc: result.value };
  });
  const threadmap = opened.find((entry) => entry.format === 'threadmap')!.doc;

  it('exports CSV in which no cell of any hostile thread starts a formula, and --raw keeps every value', () => {
    for (const { format, doc } of opened) {
      const cells = (parse(findExporter('csv')!.run(doc)) as string[][]).flat();
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell)), format).toEqual([]);
    }
    const raw = parse(exportCsv(threadmap, { safeForSpreadsheets: false }), { columns: true }) as { author: string; note: string }[];
    expect(raw.slice(1, 1 + FORMULA_CELLS.length).map((row) => row.author)).toEqual(FORMULA_CELLS);
    const safe = parse(exportCsv(threadmap), { columns: true }) as { author: string }[];
    expect(safe.slice(1, 1 + FORMULA_CELLS.length).map((row) => row.author)).toEqual(FORMULA_CELLS.map((cell) => `'${cell}`));
  });

  it('keeps the tags, notes and links of nodes whose ids are __proto__, constructor and the like through export and reopening', () => {
    expect(threadmap.nodes.slice(1, 1 + PROTOTYPE_IDS.length).map((node) => node.id)).toEqual(PROTOTYPE_IDS);
    for (const id of PROTOTYPE_IDS) expect(Object.hasOwn(threadmap.annotations, id), id).toBe(true);
    expect(threadmap.links).toEqual([{ from: 'constructor', to: '__proto__', kind: expect.any(String) }]);
    const again = openInput(exportJson(threadmap), { retrievedAt: null, fileName: 'again.json' });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.warnings).toEqual([]);
    expect(Object.keys(again.value.annotations)).toEqual(Object.keys(threadmap.annotations));
    expect(again.value.annotations['__proto__']).toEqual(threadmap.annotations['__proto__']);
    expect(buildMap(again.value.nodes).graph.parent[buildMap(again.value.nodes).graph.index.get('constructor')!]).toBe(buildMap(again.value.nodes).graph.index.get('__proto__'));
  });
});
