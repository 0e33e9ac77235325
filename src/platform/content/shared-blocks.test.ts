// The shared blocks are read once per content: read again after a change here (at once), a change
// elsewhere (within the check interval), or when scheduled content comes or goes; never kept when
// a change came while they were being read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createManualClock } from '../clock.js';
import { createSharedBlocks } from './shared-blocks.js';

function setup(options: { nextChange?: string | null; maxEntries?: number } = {}) {
  const clock = createManualClock('2026-12-01T00:00:00Z');
  const db = { version: 1, versionReads: 0, outsideChanges: 0, loads: 0 };
  const blocks = createSharedBlocks({
    clock,
    readVersion: async () => {
      db.versionReads++;
      return String(db.version);
    },
    nextChangeAfter: async () => options.nextChange ?? null,
    onOutsideChange: async () => {
      db.outsideChanges++;
    },
    checkEveryMs: 250,
    maxEntries: options.maxEntries ?? 100,
  });
  let value = 'first';
  const load = async () => {
    db.loads++;
    return value;
  };
  return { clock, db, blocks, load, setValue: (v: string) => (value = v) };
}

describe('shared blocks', () => {
  it('reads a block once while the content stays, checking the version at most every 250 ms', async () => {
    const { clock, db, blocks, load } = setup();
    for (let i = 0; i < 5; i++) assert.equal(await blocks.read('menu', load), 'first');
    assert.equal(db.loads, 1);
    assert.equal(db.versionReads, 1);
    clock.advance(250);
    await blocks.read('menu', load);
    assert.equal(db.versionReads, 2, 'checked again after the interval');
    assert.equal(db.loads, 1, 'the same version: kept');
  });

  it('reads again at once after a change on this node', async () => {
    const { blocks, load, setValue } = setup();
    await blocks.read('menu', load);
    setValue('second');
    blocks.invalidate();
    assert.equal(await blocks.read('menu', load), 'second');
  });

  it("shows another writer's change within the interval and tells the node of it", async () => {
    const { clock, db, blocks, load, setValue } = setup();
    await blocks.read('menu', load);
    setValue('second');
    db.version = 2;
    clock.advance(249);
    assert.equal(await blocks.read('menu', load), 'first', 'not checked yet');
    clock.advance(1);
    assert.equal(await blocks.read('menu', load), 'second');
    assert.equal(db.outsideChanges, 1, 'the settings are read again');
  });

  it('drops the blocks when a scheduled article comes or an expired one goes, with no write', async () => {
    const { clock, blocks, load, setValue } = setup({ nextChange: '2026-12-01T00:00:10.000Z' });
    await blocks.read('menu', load);
    setValue('second');
    clock.set('2026-12-01T00:00:09.999Z');
    assert.equal(await blocks.read('menu', load), 'first');
    clock.set('2026-12-01T00:00:10.000Z');
    assert.equal(await blocks.read('menu', load), 'second');
  });

  it('does not keep a block read while the content changed', async () => {
    const { blocks, db } = setup();
    let release = () => {};
    const slowLoad = () =>
      new Promise<string>((resolve) => {
        db.loads++;
        release = () => resolve('read before the change');
      });
    const reading = blocks.read('menu', slowLoad);
    await new Promise((r) => setImmediate(r));
    blocks.invalidate();
    release();
    assert.equal(await reading, 'read before the change', 'the reader that asked gets what was read');
    assert.equal(await blocks.read('menu', async () => 'after the change'), 'after the change');
  });

  it('keeps at most maxEntries blocks, dropping the oldest', async () => {
    const { blocks } = setup({ maxEntries: 2 });
    let loads = 0;
    const load = (v: string) => async () => {
      loads++;
      return v;
    };
    await blocks.read('a', load('a'));
    await blocks.read('b', load('b'));
    await blocks.read('c', load('c'));
    assert.equal(loads, 3);
    await blocks.read('c', load('c'));
    await blocks.read('b', load('b'));
    assert.equal(loads, 3, 'b and c kept');
    await blocks.read('a', load('a'));
    assert.equal(loads, 4, 'a was dropped');
  });
});
