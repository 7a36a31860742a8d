// Choosing a sample of the corpus that covers it: the tests that run every program through
// a costly check (the assembler's round trip, python3's AST) run a sample instead, chosen so
// that it shows every feature the whole corpus does.

/**
 * The items to keep: those `always` says to keep (and those with no features: a file that
 * did not parse or compile, whose test then says why), then, greedily, the item showing
 * the most features not yet covered, until the kept items show every feature any item
 * does. Returned in the input order.
 */
export function coveringSample<T>(items: readonly T[], featuresOf: (item: T) => Set<string> | null, always: (item: T, index: number) => boolean): T[] {
  const withFeatures = items.map((item) => ({ item, feats: featuresOf(item) }));
  const kept = new Set<T>();
  const covered = new Set<string>();
  withFeatures.forEach(({ item, feats }, i) => {
    if (feats === null || always(item, i)) {
      kept.add(item);
      feats?.forEach((f) => covered.add(f));
    }
  });
  for (;;) {
    let best: { item: T; feats: Set<string>; gain: number } | null = null;
    for (const { item, feats } of withFeatures) {
      if (feats === null || kept.has(item)) continue;
      let gain = 0;
      for (const f of feats) if (!covered.has(f)) gain++;
      if (gain > 0 && (best === null || gain > best.gain)) best = { item, feats, gain };
    }
    if (best === null) break;
    kept.add(best.item);
    best.feats.forEach((f) => covered.add(f));
  }
  return items.filter((item) => kept.has(item));
}
