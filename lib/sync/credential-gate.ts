// The one door every CalDAV request goes through: it adds the rep's password only for origins
// the rep approved (the server address they typed, and hosts the server pointed to that they
// allowed in Options → Sync), and never lets a redirect carry it anywhere else. A request to
// any other origin is not sent; it fails with an error naming the host.
import { SyncError } from './errors';

/** The server pointed Tasklane to a host the rep has not allowed; `origin` is that host. */
export class UnapprovedHostError extends SyncError {
  readonly origin: string;
  constructor(origin: string, how: 'href' | 'redirect') {
    const host = new URL(origin).host;
    super(
      'permission',
      how === 'redirect'
        ? `The server redirected Tasklane to ${host}, which you have not allowed, so your password was not sent there. If ${host} belongs to your provider, open Options → Sync, press “Connect” and allow it.`
        : `The server keeps your tasks on ${host}, which you have not allowed yet, so your password was not sent there. Open Options → Sync, press “Connect” and allow ${host}.`,
    );
    this.name = 'UnapprovedHostError';
    this.origin = origin;
  }
}

export interface GateOptions {
  authorization: string;
  /** Origins (scheme, host and port) that may receive the password. */
  approvedOrigins: Iterable<string>;
  fetch: typeof fetch;
  timeoutMs: number;
  /** Called before each request that goes out, redirects included. */
  onRequest?: () => void;
}

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const urlOf = (input: RequestInfo | URL) => new URL(input instanceof Request ? input.url : String(input));

export function createCredentialGate(options: GateOptions) {
  const approved = new Set([...options.approvedOrigins].map((o) => new URL(o).origin));
  /** The first origin a request was refused for, so discovery can ask the rep about it. */
  let refused: string | undefined;

  const check = (url: URL, how: 'href' | 'redirect') => {
    if (approved.has(url.origin)) return;
    refused ??= url.origin;
    throw new UnapprovedHostError(url.origin, how);
  };

  const send = (url: URL, init: RequestInit, redirect: RequestRedirect) => {
    options.onRequest?.();
    const headers = new Headers(init.headers);
    headers.set('Authorization', options.authorization);
    return options.fetch(url.href, { ...init, headers, redirect, credentials: 'omit', signal: AbortSignal.timeout(options.timeoutMs) });
  };

  const gatedFetch: typeof fetch = async (input, init = {}) => {
    let url = urlOf(input);
    let request = init;
    for (let hop = 0; ; hop++) {
      check(url, hop === 0 ? 'href' : 'redirect');
      // Redirects are never left to the network stack: it would replay the Authorization header.
      const response = await send(url, request, 'manual');
      // tsdav's service discovery reads the Location itself; its next request comes through here.
      if (init.redirect === 'manual') return response;
      if (response.type === 'opaqueredirect') return followHidden(url, request);
      const location = REDIRECTS.has(response.status) ? response.headers.get('Location') : null;
      if (!location) return response;
      await response.body?.cancel();
      if (hop === MAX_REDIRECTS) throw new SyncError('bad_answer', 'The server redirected Tasklane too many times. Check the server address.');
      url = new URL(location, url);
      // 303 means "fetch the answer from there", which is a GET.
      if (response.status === 303) request = { ...request, method: 'GET', body: null };
    }
  };

  /**
   * A browser hides a manual redirect's target (an "opaque redirect"). The request is sent again,
   * letting the browser follow it: by the Fetch standard (Chrome 119+, Firefox 111+) it drops an
   * Authorization header set by script when the redirect crosses origins, so the password can only
   * reach the original origin. The answer counts only if it ends on an approved origin.
   */
  async function followHidden(url: URL, init: RequestInit): Promise<Response> {
    const response = await send(url, init, 'follow');
    const final = new URL(response.url || url.href);
    if (!approved.has(final.origin)) {
      await response.body?.cancel();
      refused ??= final.origin;
      throw new UnapprovedHostError(final.origin, 'redirect');
    }
    return response;
  }

  return {
    fetch: gatedFetch,
    get refusedOrigin() {
      return refused;
    },
  };
}
