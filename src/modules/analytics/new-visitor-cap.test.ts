import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createManualClock } from '../../platform/clock.js';
import { createNewVisitorCap, NEW_VISITORS_PER_ADDRESS, networkOf } from './new-visitor-cap.js';
import { fnv1a32 } from './short-hash.js';

const admitted = (cap: ReturnType<typeof createNewVisitorCap>, address: string, agents: string[]) =>
  agents.filter((ua) => cap.admit(address, fnv1a32(ua))).length;
const agents = (n: number, prefix = 'ua') => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

describe('new visitors per address', () => {
  it('admits at most 60 browsers per address in 10 minutes, and keeps admitting those', () => {
    const clock = createManualClock('2026-11-27T03:00:00Z');
    const cap = createNewVisitorCap({ clock });
    assert.equal(NEW_VISITORS_PER_ADDRESS, 60);
    assert.equal(admitted(cap, '203.0.113.7', agents(300)), 60);
    assert.equal(admitted(cap, '203.0.113.7', agents(60)), 60, 'the admitted browsers still count');
    assert.equal(admitted(cap, '203.0.113.8', agents(5)), 5, 'another address has its own budget');
    clock.advance(9 * 60_000);
    assert.equal(admitted(cap, '203.0.113.7', agents(10, 'late')), 0);
    clock.advance(60_000);
    assert.equal(admitted(cap, '203.0.113.7', agents(10, 'late')), 10, 'a new window');
  });

  it('treats an IPv6 /64 as one address', () => {
    const cap = createNewVisitorCap({ clock: createManualClock('2026-11-27T03:00:00Z'), limit: 3 });
    const hosts = ['2001:db8:1:2::1', '2001:db8:1:2:ffff::9', '2001:0db8:0001:0002:0:0:0:3', '2001:db8:1:2:a:b:c:d'];
    assert.equal(hosts.filter((h, i) => cap.admit(h, i)).length, 3);
    assert.equal(cap.admit('2001:db8:1:3::1', 9), true, 'the next /64 is someone else');
    assert.equal(networkOf('2001:DB8:1:2::1'), '2001:db8:1:2');
    assert.equal(networkOf('::1'), '0:0:0:0');
    assert.equal(networkOf('fe80::1%eth0'), 'fe80:0:0:0');
    assert.equal(networkOf('192.0.2.1'), '192.0.2.1');
  });

  it('starts afresh rather than grow without end under a flood of addresses', () => {
    const cap = createNewVisitorCap({ clock: createManualClock('2026-11-27T03:00:00Z'), limit: 1, maxAddresses: 100 });
    assert.equal(cap.admit('198.51.100.1', 1), true);
    assert.equal(cap.admit('198.51.100.1', 2), false);
    for (let i = 0; i < 100; i++) cap.admit(`10.0.0.${i}`, 3);
    assert.equal(cap.admit('198.51.100.1', 2), true);
  });
});
