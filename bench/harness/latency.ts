import type { Settings } from './benchCase'
import { collectGarbage } from './measure'
import { mark, since } from './stopwatch'

/**
 * Milliseconds of each call of `operation` over `items`, by the settings' clock, after a
 * warm-up over the first 200 items.
 */
export async function latencies<T>(
  settings: Settings,
  items: readonly T[],
  operation: (item: T) => unknown,
): Promise<number[]> {
  for (const item of items.slice(0, 200)) await operation(item)
  collectGarbage()
  const times: number[] = []
  for (const item of items) {
    const start = mark()
    await operation(item)
    const elapsed = since(start)
    times.push(1000 * (settings.clock === 'cpu' ? elapsed.cpuSeconds : elapsed.seconds))
  }
  return times
}
