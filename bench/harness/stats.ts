/** The median of samples; NaN for none. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50)
}

/** The p-th percentile (0-100) by nearest rank on the sorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] as number
}

/** (max - min) / median: the relative range of the repetitions. */
export function spread(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN
  return (Math.max(...samples) - Math.min(...samples)) / median(samples)
}
