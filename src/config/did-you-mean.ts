/**
 * "Did you mean …?" for misspelt config keys and values: the closest allowed word by
 * optimal-string-alignment distance (Levenshtein plus adjacent transpositions),
 * compared case-insensitively.
 */

/** Edit distance where swapping two adjacent characters counts as one edit. */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: i-2, i-1, i.
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, prev2[j - 2]! + 1);
      }
      cur[j] = best;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/**
 * The allowed word closest to `input`, or undefined when none is close enough
 * (at most one edit per three characters, and at least one edit allowed).
 */
export function didYouMean(input: string, allowed: readonly string[]): string | undefined {
  const needle = input.toLowerCase().replace(/[\s_-]/g, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const hay = candidate.toLowerCase().replace(/[\s_-]/g, '');
    const d = hay === needle ? 0 : editDistance(needle, hay);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(needle.length, 3) / 3));
  return bestDistance <= limit ? best : undefined;
}
