import dns from 'node:dns';
import net from 'node:net';

/*
 * Which webhook targets are not public: private, loopback, link-local, carrier-grade NAT, multicast
 * and reserved ranges. Checked when an endpoint is registered (its URL's address, or what its name
 * resolves to now) and again on every send, on the address actually connected to
 * (src/server/webhooks/outbound.ts), since a name may resolve elsewhere later.
 */

const BLOCKED = new net.BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  BLOCKED.addSubnet(address, prefix, 'ipv4');
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  BLOCKED.addSubnet(address, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1]!, 'ipv4');
  // The same, as a URL writes it: [::ffff:127.0.0.1] becomes [::ffff:7f00:1].
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hex) {
    const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
    return BLOCKED.check(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, 'ipv4');
  }
  return BLOCKED.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
}

/** How long registration waits for a name to resolve; a name that does not is left to the send-time check. */
const LOOKUP_MS = 2000;

/**
 * Why a URL's host is not a public target, or undefined: an address literal in a non-public range,
 * `localhost` (and names under it), or a name that resolves to any non-public address now.
 */
export async function nonPublicTarget(url: URL): Promise<string | undefined> {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (net.isIP(host)) {
    return isPrivateAddress(host) ? `${host} is a private, loopback or link-local address` : undefined;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is a loopback name`;
  const addresses = await Promise.race([
    dns.promises.lookup(host, { all: true }).catch(() => []),
    new Promise<dns.LookupAddress[]>((resolve) => setTimeout(() => resolve([]), LOOKUP_MS).unref()),
  ]);
  const inner = addresses.find((entry) => isPrivateAddress(entry.address));
  return inner ? `${host} resolves to ${inner.address}, a private, loopback or link-local address` : undefined;
}
