import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { isPrivateAddress } from '../../graphql/webhooks/addresses';

/*
 * One outbound webhook request, guarded: http(s) only; no redirects (a 3xx is a failure: the
 * endpoint said where it is); private, loopback, link-local and other non-public addresses refused
 * unless configured (checked on the address actually connected to, so DNS cannot point a public name
 * at an inner service); a deadline for the whole exchange; at most `maxResponseBytes` of the answer.
 */

export interface OutboundPolicy {
  allowPrivate: boolean;
  timeoutMs: number;
  maxResponseBytes: number;
}

export interface Outcome {
  ok: boolean;
  status?: number;
  error?: string;
}

class Refused extends Error {}

/** dns.lookup that refuses non-public addresses (Node calls it for host names, not for IP literals). */
function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = addresses as dns.LookupAddress[];
      const bad = !allowPrivate && list.find((entry) => isPrivateAddress(entry.address));
      if (bad) return callback(new Refused(`${hostname} resolves to a non-public address`), '', 4);
      if ((options as dns.LookupOptions).all)
        return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

export function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  policy: OutboundPolicy,
): Promise<Outcome> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve({ ok: false, error: 'not a URL' });
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return Promise.resolve({ ok: false, error: 'only http and https endpoints are called' });
  }
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) && !policy.allowPrivate && isPrivateAddress(host)) {
    return Promise.resolve({ ok: false, error: `${host} is a non-public address` });
  }
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<Outcome>((resolve) => {
    let settled = false;
    const done = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(outcome);
    };
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        lookup: guardedLookup(policy.allowPrivate),
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > policy.maxResponseBytes) {
            request.destroy();
            done({ ok: false, status, error: `the answer passed ${policy.maxResponseBytes} bytes` });
          }
        });
        response.on('end', () => {
          if (status >= 300 && status < 400) done({ ok: false, status, error: 'redirects are not followed' });
          else
            done({
              ok: status >= 200 && status < 300,
              status,
              ...(status >= 300 ? { error: `answered ${status}` } : {}),
            });
        });
        response.on('error', (error) => done({ ok: false, status, error: error.message }));
      },
    );
    const deadline = setTimeout(() => {
      request.destroy();
      done({ ok: false, error: `no complete answer within ${policy.timeoutMs} ms` });
    }, policy.timeoutMs);
    request.on('error', (error) =>
      done({ ok: false, error: error instanceof Refused ? error.message : `request failed: ${error.message}` }),
    );
    request.end(body);
  });
}
