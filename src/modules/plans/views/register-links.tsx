// A plan's or programme's numbers that are in the documents register, linked to their pages there
// (the root wires the lookup from the documents module; without it, nothing is shown).
import { registerLinksText as t } from './register-links.vi.js';

/** Number as written → its page in the register, for the registered ones. */
export type RegisteredNumbers = ReadonlyMap<string, string>;

export function RegisterLinks(props: {
  numbers: ReadonlyArray<string | null | undefined>;
  registered?: RegisteredNumbers;
}) {
  const found = [...new Set(props.numbers)].flatMap((n) => {
    const href = n ? props.registered?.get(n) : undefined;
    return n && href ? [{ number: n, href }] : [];
  });
  if (found.length === 0) return null;
  return (
    <p class="meta register-links">
      {t.label}{' '}
      {found.map((f, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={f.href} title={t.linkTitle(f.number)}>
            {f.number}
          </a>
        </>
      ))}
    </p>
  );
}
