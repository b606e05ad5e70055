import { importError, type Result } from '../../result';

/**
 * The header with which the local relay (build/relay.ts, served by `npm start` and `npm run
 * preview`) marks an answer as its own refusal or failure, naming the kind; an answer without it
 * came from the site itself.
 */
export const RELAY_ERROR_HEADER = 'X-Threadmap-Relay-Error';
/** The status the site answered the relay with, when the relay did not pass that answer on. */
export const UPSTREAM_STATUS_HEADER = 'X-Threadmap-Upstream-Status';

/** Why the relay answered instead of the site. */
export type RelayErrorKind = 'method' | 'path' | 'crossSite' | 'host' | 'redirect' | 'notJson' | 'unreachable' | 'timeout';

const RELAY = 'the local relay (npm start / npm run preview)';
const THE_RELAY = 'The local relay (npm start / npm run preview)';

/**
 * The error for an answer the relay made itself: its own failures are said to be the relay's, not
 * the site's, and a page the site answered with (which the relay does not pass on) is described
 * by the site's status. `site` names the site ("Reddit"); `blocked` is the site's refusal message.
 */
export function relayError(kind: string, upstreamStatus: number | null, site: string, blocked: () => Result<never>): Result<never> {
  switch (kind as RelayErrorKind) {
    case 'notJson':
      if (upstreamStatus === 429) return importError('rateLimited', `${site} is limiting requests right now (HTTP 429). Try again in a minute.`);
      if (upstreamStatus !== null && (upstreamStatus === 403 || upstreamStatus === 404 || (upstreamStatus >= 200 && upstreamStatus <= 299))) return blocked();
      return importError('network', `${site} answered with an error page${upstreamStatus === null ? '' : ` (HTTP ${upstreamStatus})`} instead of JSON. Try again later.`);
    case 'unreachable':
      return importError('network', `${THE_RELAY} could not reach ${site}: the site is down or this computer is offline. Check the connection and try again.`);
    case 'timeout':
      return importError('timeout', `${site} did not answer ${RELAY} in time. Try again later.`);
    case 'redirect':
      return importError('network', `${site} redirected ${RELAY} to another address, which it does not follow${upstreamStatus === null ? '' : ` (HTTP ${upstreamStatus})`}.`);
    case 'host':
      return importError('notFound', `${THE_RELAY} does not connect to ${site}: the name leads to a private or local network address, not a public server.`);
    default:
      return importError('network', `${THE_RELAY} refused the request for ${site} (${kind}). Reload the page and try again.`);
  }
}
