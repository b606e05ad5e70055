export { measureThread, measureGraph, STACKED_SUB_DEBATES, type ThreadMeasures } from './measure-thread';
export type { SubDebate, BranchRule } from './sub-debates';
export type { BackAndForth } from './back-and-forth';
export type { Participant, ReplyPair } from './people';
export type { TimeSeries, FirstHour } from './time-series';
export { describeDuration } from './summary';
export { SUB_DEBATE_ORDERS, orderValue, sortSubDebates, type SubDebateOrder } from './sort-sub-debates';
