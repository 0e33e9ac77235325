// Prepared rows of the largest plans, kept per node and trusted only while the plan's stamp (its
// data version, year and the units' last change) is what the database says now. Least recently
// used plans go first.
export function createPlanFactsCache<T>(capacity: number) {
  const entries = new Map<number, { stamp: string; value: T }>();
  return {
    get(planId: number, stamp: string): T | undefined {
      const entry = entries.get(planId);
      if (!entry || entry.stamp !== stamp) return undefined;
      entries.delete(planId);
      entries.set(planId, entry);
      return entry.value;
    },
    /** The entry whatever its stamp (a writer patching it checks the stamp itself). */
    peek(planId: number): { stamp: string; value: T } | undefined {
      return entries.get(planId);
    },
    delete(planId: number) {
      entries.delete(planId);
    },
    set(planId: number, stamp: string, value: T) {
      entries.delete(planId);
      entries.set(planId, { stamp, value });
      while (entries.size > capacity) entries.delete(entries.keys().next().value!);
    },
  };
}
