export { fetchThread, type FetchThreadOptions, type FetchedThread } from './fetch-thread';
export { resolveThreadUrl, DEFAULT_MASTODON_PROXY, DEFAULT_REDDIT_PROXY, type ResolveOptions, type ThreadRequest, type ThreadSite } from './resolve-thread-url';
export type { FetchLike, FetchProgress, FetchResponseLike } from './http-session';
