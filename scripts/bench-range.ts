/** "a–b" of a few runs' figures (or one figure when they agree at this precision). */
export function range(values: readonly number[], digits: number): string {
  const low = Math.min(...values).toFixed(digits);
  const high = Math.max(...values).toFixed(digits);
  return low === high ? low : `${low}–${high}`;
}

/** The median of a run's times. */
export function median(times: readonly number[]): number {
  return [...times].sort((a, b) => a - b)[times.length >> 1];
}
