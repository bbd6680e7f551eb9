// The harness's Roundcube shown under a rep's own domain (https://webmail.tasklane-demo.test):
// the browser asks that address, Playwright answers each request from the Roundcube on
// 127.0.0.1 — cookies, posts and redirects included — so the extension sees a self-hosted
// webmail on a custom site, as a rep who enabled their company's webmail does. Nothing reaches
// the network.
import type { BrowserContext } from '@playwright/test';
import type { RunningRoundcube } from './harness';

/** The custom site the demo and test builds are granted at install (wxt.config.ts). */
export const WEBMAIL_HOST = 'webmail.tasklane-demo.test';
const ORIGIN = `https://${WEBMAIL_HOST}`;

/** Hop-by-hop and body-encoding headers: the body is handed over decoded, whole. */
const DROPPED = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);

export async function serveRoundcubeAtCustomSite(context: BrowserContext, roundcube: RunningRoundcube): Promise<RunningRoundcube> {
  const local = new URL(roundcube.url);
  await context.route(`${ORIGIN}/**`, async (route) => {
    const request = route.request();
    const target = new URL(request.url());
    target.protocol = local.protocol;
    target.host = local.host;
    const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => !name.startsWith(':') && name !== 'host'));
    const body = request.postDataBuffer();
    const response = await fetch(target, { method: request.method(), headers, body: body ? new Uint8Array(body) : undefined, redirect: 'manual' });
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!DROPPED.has(name) && name !== 'set-cookie') out[name] = value;
    });
    // Playwright takes several cookies as one header, a line each.
    const cookies = response.headers.getSetCookie();
    if (cookies.length) out['set-cookie'] = cookies.join('\n');
    if (out.location) out.location = out.location.replace(`${local.origin}`, ORIGIN);
    await route.fulfill({ status: response.status, headers: out, body: Buffer.from(await response.arrayBuffer()) });
  });
  const url = `${ORIGIN}/`;
  return { ...roundcube, url, messageUrl: (m) => `${url}?_task=mail&_action=show&_uid=${m.uid}&_mbox=${encodeURIComponent(m.mailbox)}` };
}
