// Medians and bootstrap 95% confidence intervals of paired ratios.
export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Bootstrap (2,000 resamples) 95% interval of the median of `xs`. */
export function bootstrapCI(xs, iterations = 2000) {
  const v = xs.filter((x) => Number.isFinite(x));
  if (v.length < 2) return [v[0] ?? NaN, v[0] ?? NaN];
  const meds = [];
  for (let i = 0; i < iterations; i++) meds.push(median(Array.from({ length: v.length }, () => v[(Math.random() * v.length) | 0])));
  meds.sort((a, b) => a - b);
  return [meds[Math.floor(0.025 * iterations)], meds[Math.ceil(0.975 * iterations) - 1]];
}

/** Per operation: medians of A, B, C and the paired ratios B/A and C/B (sample i with sample i). */
export function summarize(samples, ops) {
  const out = {};
  for (const op of ops) {
    const get = (v) => samples[v].map((s) => s[op]);
    const [A, B, C] = ['A', 'B', 'C'].map(get);
    if (!B.some((x) => Number.isFinite(x))) continue;
    const ba = B.map((b, i) => b / A[i]);
    const cb = C.map((c, i) => c / B[i]);
    out[op] = {
      A: median(A), B: median(B), C: median(C),
      BA: { med: median(ba), ci: bootstrapCI(ba) },
      CB: { med: median(cb), ci: bootstrapCI(cb) },
    };
  }
  return out;
}
