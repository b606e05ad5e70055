/**
 * Live-room load benchmark: simulated participants (Node Yjs clients through @hocuspocus/provider)
 * in one coders-mode room on the real 2,565-item HN thread, each tagging its own 200 comments over
 * a minute, against a sync server in its own process.
 *   npm run bench:live                          30 participants × 200 tags over 60 s
 *   npm run bench:live -- --duration 20         the same over 20 s
 *   npm run bench:live -- --smoke               5 × 20 tags over 2 s, so the script cannot rot
 * Reports propagation latency (a tag made by one participant until each other one has it: p50,
 * p95, max), the server's memory for the room, and whether every participant and the server end
 * with identical state and every tag (exit 1 when not). Timings are reported, never asserted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { isTaggable } from '../src/core/annotations/taggable';
import { openInput } from '../src/core/document/open-input';
import type { LiveSession } from '../src/core/live/connect';
import { newRoom } from '../src/core/live/room-protocol';
import { readLayers } from '../src/core/live/shared-document';
import { TAGS } from '../src/core/map/types';
import { participant, until } from '../server/testing/clients';
import { freePort, startSyncProcess } from '../server/testing/processes';

const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false }, duration: { type: 'string' }, participants: { type: 'string' }, tags: { type: 'string' } } });
const smoke = values.smoke;
const participants = Number(values.participants ?? (smoke ? 5 : 30));
const tagsEach = Number(values.tags ?? (smoke ? 20 : 200));
const durationMs = Number(values.duration ?? (smoke ? 2 : 60)) * 1000;

const hnName = 'hn-firebase_14952787_flat-items_forum-explorer.json';
const opened = openInput(readFileSync(new URL(`../test/fixtures/${hnName}`, import.meta.url), 'utf8'), { retrievedAt: null, fileName: hnName });
if (!opened.ok) throw new Error(opened.error.message);
const map = opened.value;
const comments = map.nodes.filter((node) => isTaggable(node) && node.kind === 'comment');

/** Seconds of CPU a process has used, user and system, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The `kB` of a process's resident memory, from /proc (Linux). */
function residentKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dataDir = mkdtempSync(path.join(tmpdir(), 'threadmap-live-bench-'));
const { child: server, url } = await startSyncProcess(['--port', String(await freePort()), '--data', dataDir, '--rate-per-second', '200', '--rate-burst', '2000']);
const sessions: LiveSession[] = [];
const outcome = { failed: true };
try {
  await settle(500);
  const idleKb = residentKb(server.process.pid!);
  const { room, key, ownerToken } = newRoom();
  const names = Array.from({ length: participants }, (_, n) => `coder-${String(n + 1).padStart(2, '0')}`);
  const owner = participant({ url, room, key, ownerToken, name: names[0]!, create: { mode: 'coders', document: map } });
  sessions.push(owner);
  await owner.ready;
  for (const name of names.slice(1)) sessions.push(participant({ url, room, key, name }));
  await Promise.all(sessions.map((session) => session.ready));
  await Promise.all(sessions.map((session) => until(session, () => session.document()?.nodes.length === map.nodes.length, 'the map arrives', 120_000)));

  // When each tag was made, and when each other participant had it (one clock: one process).
  const madeAt = new Map<string, number>();
  const latencies: number[] = [];
  const delivered = new Set<string>();
  sessions.forEach((session, index) => {
    const layers = session.ydoc.getMap<Y.Map<unknown>>('layers');
    const arrived = (coder: string, ids: Iterable<string>, now: number) => {
      if (coder === names[index]) return;
      for (const id of ids) {
        const made = madeAt.get(`${coder} ${id}`);
        const delivery = `${index} ${coder} ${id}`;
        if (made === undefined || delivered.has(delivery)) continue;
        delivered.add(delivery);
        latencies.push(now - made);
      }
    };
    layers.observeDeep((events) => {
      const now = performance.now();
      for (const event of events as Array<Y.YMapEvent<unknown>>) {
        // A coder's first tag arrives with their layer: the whole layer is new.
        if (event.target === layers) for (const coder of event.keysChanged) arrived(coder, layers.get(coder)?.keys() ?? [], now);
        else arrived(String(event.path[0]), event.keysChanged, now);
      }
    });
  });

  const interval = durationMs / tagsEach;
  const started = performance.now();
  const serverCpuBefore = cpuSeconds(server.process.pid!);
  const clientCpuBefore = process.cpuUsage();
  await Promise.all(
    sessions.map(async (session, index) => {
      // Staggered starts; each participant codes its own run of comments (they overlap across participants).
      await settle((interval * index) / participants);
      for (let n = 0; n < tagsEach; n++) {
        const card = comments[(index * 83 + n) % comments.length]!;
        madeAt.set(`${names[index]} ${card.id}`, performance.now());
        const time = new Date(Date.UTC(2026, 11, 1, 12, 0, 0, n)).toISOString();
        const result = session.apply({ id: `${names[index]}-${n}`, time, coder: names[index]!, kind: 'tag', payload: { id: card.id, tag: TAGS[(index + n) % 3]! } });
        if (!result.ok) throw new Error(result.error.message);
        await settle(Math.max(0, started + interval * (n + 1) + (interval * index) / participants - performance.now()));
      }
    }),
  );
  const expectedEntries = participants * tagsEach;
  const entries = (session: LiveSession) => Object.values(readLayers(session.ydoc)).reduce((sum, layer) => sum + Object.keys(layer).length, 0);
  await Promise.all(sessions.map((session) => until(session, () => session.unsynced() === 0 && entries(session) === expectedEntries, 'every tag everywhere', 120_000)));
  const elapsed = performance.now() - started;
  const serverCpu = cpuSeconds(server.process.pid!) - serverCpuBefore;
  const clientCpuUsage = process.cpuUsage(clientCpuBefore);
  const clientCpu = (clientCpuUsage.user + clientCpuUsage.system) / 1e6;

  // The server's state, as a newcomer receives it.
  const newcomer = participant({ url, room, key, name: 'observer' });
  await newcomer.ready;
  await until(newcomer, () => entries(newcomer) === expectedEntries, 'the server has every tag', 120_000);
  const canonicalLayers = (session: LiveSession) => {
    const layers = readLayers(session.ydoc);
    return JSON.stringify(Object.fromEntries(Object.keys(layers).sort().map((coder) => [coder, Object.fromEntries(Object.keys(layers[coder]!).sort().map((id) => [id, layers[coder]![id]]))])));
  };
  const serverState = canonicalLayers(newcomer);
  const identical = sessions.every((session) => canonicalLayers(session) === serverState);
  const everyTag = sessions.every((session, index) => {
    const layer = readLayers(newcomer.ydoc)[names[index]!] ?? {};
    return Array.from({ length: tagsEach }, (_, n) => comments[(index * 83 + n) % comments.length]!).every((card, n) => layer[card.id]?.tag === TAGS[(index + n) % 3]);
  });
  newcomer.disconnect();

  const roomKb = residentKb(server.process.pid!) - idleKb;
  const stored = readdirSync(dataDir).filter((file) => file.endsWith('.yjs')).reduce((sum, file) => sum + statSync(path.join(dataDir, file)).size, 0);
  latencies.sort((a, b) => a - b);
  const expectedDeliveries = expectedEntries * (participants - 1);
  const result = {
    bench: 'live-room',
    participants,
    tagsEach,
    durationS: Math.round(elapsed / 100) / 10,
    deliveries: latencies.length,
    expectedDeliveries,
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
    maxMs: Math.round((latencies.at(-1) ?? NaN) * 10) / 10,
    serverMemoryForRoomMB: Math.round(roomKb / 102.4) / 10,
    storedRoomMB: Math.round(stored / 104857.6) / 10,
    serverCpuS: Math.round(serverCpu * 10) / 10,
    participantsCpuS: Math.round(clientCpu * 10) / 10,
    identical,
    everyTag,
    cores: availableParallelism(),
    load1: Math.round(loadavg()[0]! * 100) / 100,
  };
  console.log(JSON.stringify(result));
  console.log(
    `${participants} participants × ${tagsEach} tags in ${result.durationS} s: propagation p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms over ${latencies.length} deliveries; ` +
      `server memory for the room ${result.serverMemoryForRoomMB} MB (stored ${result.storedRoomMB} MB); CPU: server ${result.serverCpuS} s, participants ${result.participantsCpuS} s; load ${result.load1} on ${result.cores} cores; identical state everywhere: ${identical ? 'yes' : 'NO'}; every tag kept: ${everyTag ? 'yes' : 'NO'}`,
  );
  outcome.failed = !identical || !everyTag || latencies.length !== expectedDeliveries;
} finally {
  sessions.forEach((session) => session.disconnect());
  await server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(outcome.failed ? 1 : 0);
