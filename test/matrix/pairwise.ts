/**
 * All-pairs combination of options: every pair of values of any two options appears in at least
 * one combination. Greedy (each new combination covers as many uncovered pairs as it can), with
 * a fixed order, so the matrix is the same on every run.
 */
export type Options = Record<string, readonly string[]>;
export type Combination = Record<string, string>;

function pairKey(a: string, va: string, b: string, vb: string): string {
  return a < b ? `${a}=${va}|${b}=${vb}` : `${b}=${vb}|${a}=${va}`;
}

/** Every pair of values of two different options. */
export function allPairs(options: Options): Set<string> {
  const names = Object.keys(options);
  const pairs = new Set<string>();
  names.forEach((a, i) =>
    names.slice(i + 1).forEach((b) => options[a].forEach((va) => options[b].forEach((vb) => pairs.add(pairKey(a, va, b, vb))))),
  );
  return pairs;
}

/** The pairs a combination covers. */
export function pairsOf(combination: Combination): string[] {
  const names = Object.keys(combination);
  return names.flatMap((a, i) => names.slice(i + 1).map((b) => pairKey(a, combination[a], b, combination[b])));
}

/** A pairwise matrix of the options. */
export function pairwise(options: Options): Combination[] {
  const names = Object.keys(options);
  const uncovered = allPairs(options);
  const result: Combination[] = [];
  while (uncovered.size > 0) {
    // seed with the first uncovered pair, then choose each other value greedily
    const [first] = uncovered;
    const combination: Combination = {};
    for (const part of first.split("|")) {
      const [name, value] = part.split("=");
      combination[name] = value;
    }
    for (const name of names) {
      if (name in combination) continue;
      let best = options[name][0];
      let bestGain = -1;
      for (const value of options[name]) {
        const gain = Object.entries(combination).filter(([n, v]) => uncovered.has(pairKey(name, value, n, v))).length;
        if (gain > bestGain) [best, bestGain] = [value, gain];
      }
      combination[name] = best;
    }
    const ordered = Object.fromEntries(names.map((n) => [n, combination[n]]));
    pairsOf(ordered).forEach((p) => uncovered.delete(p));
    result.push(ordered);
  }
  return result;
}
