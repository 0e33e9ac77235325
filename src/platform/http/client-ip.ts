// The client's address: the socket peer, or X-Forwarded-For when the peer is a proxy listed in
// TRUST_PROXY. Used only in memory (throttling, the visitor hash), never stored or logged.
import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { vi } from '../i18n/vi.js';

function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

export function createTrustedProxies(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const ip = normalizeAddress(address);
    const family = isIP(ip);
    if (family === 0) throw new Error(vi.operator.badTrustedProxy(entry));
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(prefix), type);
  }
  return list;
}

// BlockList.check builds a SocketAddress per call (3.6 % of the beacon's CPU); behind a proxy the
// same few peer addresses ask every time. The answers are kept per list and address, bounded:
// past the bound the memory starts again empty.
const MAX_REMEMBERED = 4096;
const trustByList = new WeakMap<BlockList, Map<string, boolean>>();

function isTrusted(list: BlockList, address: string): boolean {
  let answers = trustByList.get(list);
  if (!answers) {
    answers = new Map();
    trustByList.set(list, answers);
  }
  const known = answers.get(address);
  if (known !== undefined) return known;
  const family = isIP(address);
  const trusted = family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
  if (answers.size >= MAX_REMEMBERED) answers.clear();
  answers.set(address, trusted);
  return trusted;
}

/** Resolves the client address from the peer and a forwarded chain, right to left. */
export function resolveClientIp(peer: string, forwardedFor: string | undefined, trusted: BlockList): string {
  let client = normalizeAddress(peer);
  if (!forwardedFor || !isTrusted(trusted, client)) return client;
  const chain = forwardedFor.split(',').map(normalizeAddress).filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i]!;
    if (isIP(hop) === 0) break;
    client = hop;
    // The leftmost hop is the answer whoever it is: asking whether it is a proxy would only cost a
    // BlockList lookup per new reader (a native SocketAddress each, bench/RESULTS.md "sixth stop").
    if (i === 0 || !isTrusted(trusted, hop)) break;
  }
  return client;
}

export function clientIp(c: Context, trusted: BlockList): string {
  let peer = '';
  try {
    peer = getConnInfo(c).remote.address ?? '';
  } catch {
    // app.request() in tests has no socket: treat as loopback.
    peer = '127.0.0.1';
  }
  return resolveClientIp(peer || '127.0.0.1', c.req.header('x-forwarded-for'), trusted);
}
