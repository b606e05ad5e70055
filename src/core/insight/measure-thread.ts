import type { Annotations } from '../annotations/types';
import { buildMap, type MapGraph } from '../map/graph';
import type { SourceInfo, ThreadNode } from '../map/types';
import { alternatingChainLengths, longestBackAndForth, type BackAndForth } from './back-and-forth';
import { nodeFacts, QUESTION } from './node-facts';
import { measurePeople, type Participant, type ReplyPair } from './people';
import { hasReply, measureSubDebates, type BranchRule, type SubDebate } from './sub-debates';
import { summarize } from './summary';
import { measureFirstHour, measureTimeSeries, topLevelOf, type FirstHour, type TimeSeries } from './time-series';

/** Every measure of a thread, as `threadmap stats` prints it and the insight panel reads it. */
export interface ThreadMeasures {
  /** Every node, post, stubs and deleted ones included. */
  nodes: number;
  /** Nodes of kind "comment", any status. */
  comments: number;
  /**
   * Distinct authors of `ok` comments and claims (stubs, deleted, dead and removed excluded): the
   * people who commented. The post's author counts only if they also commented.
   */
  participants: number;
  /** Deepest reply level; the root is 0. */
  maxDepth: number;
  /** Whether any node has a time; plain text has none. */
  timed: boolean;
  start: string | null;
  end: string | null;
  /** Top-level sub-debates, largest first. */
  topLevel: SubDebate[];
  /** Big branches nested inside them, largest first (see `measureSubDebates`). */
  branches: SubDebate[];
  longestBackAndForth: BackAndForth | null;
  /** Whether any node carries a tag; the tag-based measures mean nothing until one does. */
  tagged: boolean;
  /** `question`-tagged nodes nobody answered; null while nothing is tagged. */
  unansweredQuestions: { count: number; ids: string[] } | null;
  people: Participant[];
  /** Pairs of people who answered each other, strongest first. */
  pairs: ReplyPair[];
  /** Comments over time, the five biggest sub-debates stacked apart; null without times. */
  timeSeries: TimeSeries | null;
  firstHour: FirstHour | null;
  /** The thread in one paragraph a person would write down. */
  summary: string;
}

/** How many of the biggest sub-debates the time series and the summary single out. */
export const STACKED_SUB_DEBATES = 5;

/** Measures a thread from its nodes and annotations, in a few passes over the reply tree. */
export function measureThread(input: { nodes: readonly ThreadNode[]; annotations: Annotations; source?: SourceInfo }, rule?: BranchRule): ThreadMeasures {
  return measureGraph(buildMap(input.nodes).graph, input.annotations, input.source, rule);
}

/** The same as `measureThread`, for a caller that already holds the map graph. */
export function measureGraph(graph: MapGraph, annotations: Annotations, source?: SourceInfo, rule?: BranchRule): ThreadMeasures {
  const facts = nodeFacts(graph, annotations);
  const lengths = alternatingChainLengths(facts);
  const { topLevel, branches } = measureSubDebates(facts, lengths, rule);
  const top = topLevelOf(facts);
  const { participants: people, pairs } = measurePeople(facts);
  let maxDepth = 0;
  let comments = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const unanswered: string[] = [];
  let tagged = false;
  for (let node = 0; node < graph.nodes.length; node++) {
    if (graph.depth[node]! > maxDepth) maxDepth = graph.depth[node]!;
    comments += facts.isComment[node]!;
    const t = facts.time[node]!;
    if (t < first) first = t;
    if (t > last) last = t;
    if (facts.tag[node] !== 0) tagged = true;
    if (facts.tag[node] === QUESTION && !hasReply(facts, node)) unanswered.push(graph.nodes[node]!.id);
  }
  const timed = Number.isFinite(first);
  const measures: Omit<ThreadMeasures, 'summary'> = {
    nodes: graph.nodes.length,
    comments,
    participants: people.reduce((sum, person) => sum + (person.comments > 0 ? 1 : 0), 0),
    maxDepth,
    timed,
    start: timed ? new Date(first).toISOString() : null,
    end: timed ? new Date(last).toISOString() : null,
    topLevel,
    branches,
    longestBackAndForth: longestBackAndForth(facts, lengths),
    tagged,
    unansweredQuestions: tagged ? { count: unanswered.length, ids: unanswered } : null,
    people,
    pairs,
    timeSeries: measureTimeSeries(facts, top, topLevel.slice(0, STACKED_SUB_DEBATES).map((debate) => debate.id)),
    firstHour: measureFirstHour(facts, top),
  };
  return { ...measures, summary: summarize(measures, source) };
}
