/**
 * Agreement benchmark: 20,000 comments coded by 5 coders (3 categories, about 10 % left untagged
 * by each coder), in one Node process.
 *   npm run bench:agreement            full run
 *   npm run bench:agreement -- --smoke every step once on 500 comments, so the bench cannot rot
 * Prints one JSON line per measurement, then a readable table. It never fails on a timing.
 */
import { loadavg } from 'node:os';
import {
  agreementOverSubDebates,
  agreementReport,
  alphaBootstrap,
  combineCoderFiles,
  categoryAlphas,
  cohenKappa,
  confusionMatrix,
  fleissKappa,
  krippendorffAlpha,
  percentAgreement,
  reliabilityDataFromDocuments,
  type CodedDocument,
} from '../src/core/agreement';
import type { Annotations } from '../src/core/annotations/types';
import { createDocument } from '../src/core/document/create-document';
import { TAGS } from '../src/core/map/types';
import { createRandom, syntheticDiscussion } from './synthetic';
import { formatTable, timeRuns, type Timing } from './timing';

const smoke = process.argv.includes('--smoke');
const COMMENTS = smoke ? 500 : 20_000;
const CODERS = 5;
const RUNS = smoke ? 1 : 5;
const NOW = '2026-01-01T00:00:00.000Z';

/** Five coders who agree with a hidden tag 60–90 % of the time and skip about one comment in ten. */
function codedMaps(): CodedDocument[] {
  const nodes = syntheticDiscussion({ nodes: COMMENTS + 1, seed: 7 });
  const random = createRandom(11);
  const truth = nodes.map(() => Math.floor(random() * TAGS.length));
  return Array.from({ length: CODERS }, (_, c) => {
    const annotations: Annotations = {};
    nodes.forEach((node, i) => {
      if (node.parent === null || random() < 0.1) return;
      const tag = random() < 0.6 + c * 0.075 ? truth[i]! : Math.floor(random() * TAGS.length);
      annotations[node.id] = { tag: TAGS[tag]!, updatedAt: NOW, coder: `coder${c + 1}` };
    });
    const thread = { source: { kind: 'synthetic', url: null, title: null, retrievedAt: null }, nodes, links: [] };
    return { coder: `coder${c + 1}`, label: `coder${c + 1}.json`, doc: createDocument(thread, { now: NOW, annotations, coder: `coder${c + 1}` }) };
  });
}

const maps = codedMaps();
const data = reliabilityDataFromDocuments(maps);
const files = maps.map((map) => ({ doc: map.doc, fileName: map.label }));
const combinedResult = combineCoderFiles(files);
if (!combinedResult.ok) throw new Error(combinedResult.error.message);
const combined = combinedResult.value.doc;
const allPairs = () => {
  for (let a = 0; a < CODERS; a++) {
    for (let b = a + 1; b < CODERS; b++) {
      cohenKappa(data, a, b);
      confusionMatrix(data, a, b);
    }
  }
};
const allMeasures = () => {
  percentAgreement(data);
  krippendorffAlpha(data);
  fleissKappa(data);
  allPairs();
  categoryAlphas(data);
};

const cases: [string, () => unknown][] = [
  ['maps → reliability data', () => reliabilityDataFromDocuments(maps)],
  ['percent agreement', () => percentAgreement(data)],
  ['Krippendorff’s α', () => krippendorffAlpha(data)],
  ['Fleiss’ κ', () => fleissKappa(data)],
  ['Cohen’s κ + confusion, 10 pairs', allPairs],
  ['α per category (3)', () => categoryAlphas(data)],
  ['all measures, no bootstrap', allMeasures],
  ['bootstrap α, 1,000 resamples', () => alphaBootstrap(data)],
  ['whole report (bootstrap included)', () => agreementReport(data)],
  ['combine 5 coders\' files into one map', () => combineCoderFiles(files)],
  ['whole map + every sub-debate (bootstrap included)', () => agreementOverSubDebates(combined, data)],
];

const rows: [string, Timing][] = [];
for (const [name, work] of cases) {
  const timing = timeRuns(work, RUNS, smoke ? 0 : 1);
  rows.push([name, timing]);
  console.log(JSON.stringify({ bench: 'agreement', case: name, comments: COMMENTS, coders: CODERS, ...timing }));
}
const alpha = krippendorffAlpha(data);
const interval = alphaBootstrap(data);
console.log(`\n${COMMENTS.toLocaleString('en-US')} comments × ${CODERS} coders; ${data.units.length.toLocaleString('en-US')} units; α = ${alpha?.toFixed(4)} (95 % ${interval.lower?.toFixed(4)} to ${interval.upper?.toFixed(4)}); load average ${loadavg()[0]!.toFixed(1)} on this machine\n`);
console.log(formatTable(['case', 'median ms', 'min ms', 'cpu median ms', 'runs'], rows.map(([name, t]) => [name, t.medianMs, t.minMs, t.cpuMedianMs, t.runs])));
