import { isIP } from 'node:net';

/** An address range as its leading bytes and prefix length in bits. */
interface Range {
  bytes: readonly number[];
  prefix: number;
}

function range(cidr: string): Range {
  const [addr, bits] = cidr.split('/') as [string, string];
  const bytes = isIP(addr) === 4 ? parseIPv4(addr) : parseIPv6(addr);
  if (bytes === undefined) throw new Error(`bad range ${cidr}`);
  return { bytes, prefix: Number(bits) };
}

/** IPv4 ranges that are not publicly routable unicast (RFC 6890 and friends). */
const PRIVATE_V4: readonly Range[] = [
  '0.0.0.0/8', // "this network", 0.0.0.0 reaches the local host
  '10.0.0.0/8',
  '100.64.0.0/10', // carrier-grade NAT
  '127.0.0.0/8',
  '169.254.0.0/16', // link-local, home of cloud metadata endpoints
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, includes 255.255.255.255
].map(range);

/** IPv6 ranges refused outright; ranges that embed an IPv4 address are handled apart. */
const PRIVATE_V6: readonly Range[] = [
  '::/128',
  '::1/128',
  '64:ff9b:1::/48', // local-use NAT64
  '100::/64', // discard-only
  '2001:db8::/32', // documentation
  'fc00::/7', // unique local
  'fe80::/10', // link-local
  'fec0::/10', // old site-local
  'ff00::/8', // multicast
].map(range);

/** IPv6 ranges carrying an IPv4 address: the embedded address decides. */
const EMBEDS_V4: readonly { range: Range; at: number }[] = [
  { range: range('::ffff:0:0/96'), at: 12 }, // IPv4-mapped
  { range: range('::/96'), at: 12 }, // IPv4-compatible (deprecated)
  { range: range('64:ff9b::/96'), at: 12 }, // NAT64
  { range: range('2002::/16'), at: 2 }, // 6to4
];

function inRange(bytes: readonly number[], r: Range): boolean {
  let bits = r.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((r.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

function parseIPv4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return out.every((n) => n >= 0 && n <= 255) ? out : undefined;
}

/** Parses an IPv6 address (with an optional dotted IPv4 tail and zone) into 16 bytes. */
function parseIPv6(input: string): number[] | undefined {
  let s = input.replace(/^\[|\]$/g, '');
  const zone = s.indexOf('%');
  if (zone !== -1) s = s.slice(0, zone);
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  if (s.includes('.', lastColon)) {
    const v4 = parseIPv4(s.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = v4;
    s = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string | undefined): number[] => (h ? h.split(':').map((g) => parseInt(g, 16)) : []);
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const fill = halves.length === 2 ? 8 - head.length - rest.length : 0;
  if (fill < 0) return undefined;
  const all = [...head, ...new Array<number>(fill).fill(0), ...rest];
  if (all.length !== 8 || all.some((g) => !(g >= 0 && g <= 0xffff))) return undefined;
  const bytes = all.flatMap((g) => [g >> 8, g & 0xff]);
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

/**
 * True when the address is private, loopback, link-local, unspecified, multicast or reserved:
 * anything a fetch on a user's behalf must not reach. IPv6 forms that embed an IPv4 address
 * (mapped, compatible, NAT64, 6to4) are judged by the IPv4 address. Unparseable input counts as
 * private, so a surprise never opens the door.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const v4 = parseIPv4(bare);
  if (v4 !== undefined) return PRIVATE_V4.some((r) => inRange(v4, r));
  const v6 = bare.includes(':') ? parseIPv6(bare) : undefined;
  if (v6 === undefined) return true;
  if (PRIVATE_V6.some((r) => inRange(v6, r))) return true;
  for (const { range: r, at } of EMBEDS_V4) {
    if (inRange(v6, r)) return PRIVATE_V4.some((p) => inRange(v6.slice(at, at + 4), p));
  }
  return false;
}

/** The canonical spelling of an IP address, for comparing against an allow-list; undefined if not an IP. */
export function canonicalAddress(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '');
  const v4 = parseIPv4(bare);
  if (v4 !== undefined) return v4.join('.');
  const v6 = bare.includes(':') ? parseIPv6(bare) : undefined;
  if (v6 === undefined) return undefined;
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((((v6[i] ?? 0) << 8) | (v6[i + 1] ?? 0)).toString(16));
  return groups.join(':');
}
