import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWidths, plannedWidths, VARIANT_NAME, variantPath, variantsOf } from './variant-plan.js';

describe('variant plan', () => {
  it('never enlarges: standard widths below the image, then the image itself up to 1280 px', () => {
    assert.deepEqual(plannedWidths(4000), [320, 640, 960, 1280]);
    assert.deepEqual(plannedWidths(1280), [320, 640, 960, 1280]);
    assert.deepEqual(plannedWidths(800), [320, 640, 800]);
    assert.deepEqual(plannedWidths(320), [320]);
    assert.deepEqual(plannedWidths(200), [200]);
  });

  it('names a copy after its original, and only such names pass the served-name check', () => {
    const copy = variantPath('2026/11/0123456789abcdef0123456789abcdef.png', 640, 'webp');
    assert.equal(copy, '2026/11/0123456789abcdef0123456789abcdef-640.webp');
    assert.ok(VARIANT_NAME.test(copy.split('/')[2]!));
    for (const name of [
      '0123456789abcdef0123456789abcdef.png',
      'x-640.webp',
      '0123456789abcdef0123456789abcdef-640.webp.tmp',
    ])
      assert.ok(!VARIANT_NAME.test(name), name);
  });

  it('reads "not made yet" (NULL), "none" ("") and a list apart', () => {
    assert.equal(parseWidths(null), undefined);
    assert.deepEqual(parseWidths(''), []);
    assert.deepEqual(parseWidths('320,640'), [320, 640]);
  });

  it('lists the copies narrowest first, PNG as the fallback only when asked', () => {
    const urlOf = (p: string) => `/tep-tin/${p}`;
    const image = { path: '2026/11/0123456789abcdef0123456789abcdef.png', widths: [320, 500] };
    const png = variantsOf({ ...image, fallback: 'png' }, urlOf)!;
    assert.deepEqual(
      png.map((v) => [v.width, v.fallback]),
      [
        [320, '/tep-tin/2026/11/0123456789abcdef0123456789abcdef-320.png'],
        [500, '/tep-tin/2026/11/0123456789abcdef0123456789abcdef-500.png'],
      ],
    );
    assert.match(variantsOf({ ...image, fallback: 'jpg' }, urlOf)![0]!.fallback, /-320\.jpg$/);
    assert.equal(variantsOf({ ...image, widths: [], fallback: 'jpg' }, urlOf), undefined);
  });
});
