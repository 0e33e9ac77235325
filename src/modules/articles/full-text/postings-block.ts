// The postings of one word in one block of 4,096 article ids (ids >> 12), as stored in
// search_postings.data: the weight byte of every article of the block holding the word
// (term-weights.ts). Two layouts, told apart by length alone:
// - dense, 4,098 bytes: byte i is the weight of article block·4096 + i, 0 where absent, then how
//   many articles hold the word (u16, little endian), so idf needs no count. Common words ("dang",
//   in 9 articles of 10) cost one byte per article and are read in place;
// - sparse, 3 bytes per article holding the word: the id's offset in the block (u16, little
//   endian, ascending) then its weight. A word in a few articles costs a few bytes.
// Sparse is used while it is shorter (up to 1,365 articles, 4,095 bytes).

export const BLOCK_BITS = 12;
export const BLOCK_SIZE = 1 << BLOCK_BITS;
const OFFSET_MASK = BLOCK_SIZE - 1;
const SPARSE_ENTRY = 3;
const DENSE_LENGTH = BLOCK_SIZE + 2;

export const blockOf = (articleId: number) => Math.floor(articleId / BLOCK_SIZE);
export const offsetOf = (articleId: number) => articleId & OFFSET_MASK;

const isDense = (data: Uint8Array) => data.length === DENSE_LENGTH;

/** How many articles the postings hold. */
export function postingCount(data: Uint8Array): number {
  return isDense(data) ? data[BLOCK_SIZE]! | (data[BLOCK_SIZE + 1]! << 8) : data.length / SPARSE_ENTRY;
}

/** The weights of the block, one byte per offset: a dense row read in place, else null. */
export function denseWeights(data: Uint8Array): Uint8Array | null {
  // A plain Uint8Array view (not a Buffer's subarray, which is a Buffer): the ranking loop then
  // sees one kind of array only, which V8 keeps fast.
  return isDense(data) ? new Uint8Array(data.buffer, data.byteOffset, BLOCK_SIZE) : null;
}

/** Writes the postings into `weights` (one byte per offset), keeping what is there already. */
export function decodeInto(data: Uint8Array, weights: Uint8Array): void {
  if (isDense(data)) {
    weights.set(data.subarray(0, BLOCK_SIZE));
    return;
  }
  for (let p = 0; p < data.length; p += SPARSE_ENTRY) weights[data[p]! | (data[p + 1]! << 8)] = data[p + 2]!;
}

/**
 * Merges the postings into `weights` as one word standing for several (the words an unfinished
 * last word may be): the highest weight, and the title bit if any of them is in the title.
 */
export function mergeInto(data: Uint8Array, weights: Uint8Array, titleBit: number): void {
  const level = ~titleBit & 0xff;
  const merge = (offset: number, w: number) => {
    const old = weights[offset]!;
    weights[offset] = old === 0 ? w : Math.max(old & level, w & level) | ((old | w) & titleBit);
  };
  if (isDense(data)) {
    for (let i = 0; i < BLOCK_SIZE; i++) {
      const w = data[i]!;
      if (w !== 0) merge(i, w);
    }
    return;
  }
  for (let p = 0; p < data.length; p += SPARSE_ENTRY) merge(data[p]! | (data[p + 1]! << 8), data[p + 2]!);
}

/** The stored form of a block's weights (one byte per offset), or null when no article holds the word. */
export function encodeBlock(weights: Uint8Array): Uint8Array | null {
  let n = 0;
  for (let i = 0; i < BLOCK_SIZE; i++) if (weights[i] !== 0) n++;
  if (n === 0) return null;
  if (n * SPARSE_ENTRY >= BLOCK_SIZE) {
    const dense = new Uint8Array(DENSE_LENGTH);
    dense.set(weights);
    dense[BLOCK_SIZE] = n & 0xff;
    dense[BLOCK_SIZE + 1] = n >> 8;
    return dense;
  }
  const data = new Uint8Array(n * SPARSE_ENTRY);
  let p = 0;
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const w = weights[i]!;
    if (w === 0) continue;
    data[p] = i & 0xff;
    data[p + 1] = i >> 8;
    data[p + 2] = w;
    p += SPARSE_ENTRY;
  }
  return data;
}

/**
 * The postings after some articles of the block changed: `changes` maps an offset to its new
 * weight, 0 to remove it. `scratch` is a zeroed BLOCK_SIZE buffer, zeroed again on return.
 */
export function patchBlock(
  data: Uint8Array | null,
  changes: ReadonlyMap<number, number>,
  scratch: Uint8Array,
): Uint8Array | null {
  if (data) decodeInto(data, scratch);
  for (const [offset, weight] of changes) scratch[offset] = weight;
  const patched = encodeBlock(scratch);
  scratch.fill(0);
  return patched;
}
