// A 32-bit FNV-1a: in-memory maps only need to tell keys apart, and a number key keeps them small
// under a flood of distinct clients. Not for anything stored or secret.

export function fnv1a32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
