/** A point in time on both clocks a run can be measured by. */
export interface Mark {
  readonly wall: number
  readonly cpu: number
}

/** Seconds between two marks, on the wall clock and in this process's CPU time. */
export interface Elapsed {
  readonly seconds: number
  readonly cpuSeconds: number
}

function cpuNow(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

/** The time now on both clocks. */
export function mark(): Mark {
  return { wall: performance.now() / 1000, cpu: cpuNow() }
}

/**
 * Seconds since `from`. CPU time counts every thread of the process (the GC's helpers too) but
 * not the time the process waited for a CPU, so it stays steady on a machine shared with other
 * work, where the wall clock measures the scheduler as much as the code.
 */
export function since(from: Mark): Elapsed {
  return { seconds: performance.now() / 1000 - from.wall, cpuSeconds: cpuNow() - from.cpu }
}
