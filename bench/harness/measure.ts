import type { Settings } from './benchCase'
import { type Elapsed, mark, since } from './stopwatch'

/** What a pass that times itself reports: the items it did and the time its timed parts took. */
export interface Timed extends Elapsed {
  readonly items: number
}

/**
 * One timed pass over the data: untimed preparation, then the work. The work returns how many
 * items it did and is timed whole, or returns `Timed` when it times its own parts, leaving out
 * work between them (such as generating the next batch of the workload).
 */
export interface Pass<S = void> {
  readonly prepare?: () => S | Promise<S>
  readonly run: (state: S) => number | Timed | Promise<number | Timed>
}

/** Rates in items per second, one per repetition, for the project and for its limit. */
export interface Rates {
  readonly project: number[]
  readonly limit: number[]
}

type Sample = Timed

/** Collects garbage when the process runs with `--expose-gc`, so a sample does not pay for the previous one's garbage. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) gc()
}

async function sample<S>(pass: Pass<S>, loops: number): Promise<Sample> {
  let items = 0
  let seconds = 0
  let cpuSeconds = 0
  for (let i = 0; i < loops; i++) {
    const state = (pass.prepare ? await pass.prepare() : undefined) as S
    collectGarbage()
    const start = mark()
    const done = await pass.run(state)
    const elapsed = typeof done === 'number' ? since(start) : done
    items += typeof done === 'number' ? done : done.items
    seconds += elapsed.seconds
    cpuSeconds += elapsed.cpuSeconds
  }
  return { items, seconds, cpuSeconds }
}

/** Items per second of a sample, by the clock the settings name. */
function rate(settings: Settings, done: Sample): number {
  return done.items / (settings.clock === 'cpu' ? done.cpuSeconds : done.seconds)
}

// The first pass calibrates. Unless it is long enough for JIT warm-up not to matter (ten times
// minSeconds), it is dropped as a warm-up; passes shorter than minSeconds are then looped until a
// sample takes that long, because short runs on this 2-core machine spread up to 75%.
async function calibrate<S>(
  pass: Pass<S>,
  minSeconds: number,
): Promise<{ loops: number; first?: Sample }> {
  const first = await sample(pass, 1)
  if (first.seconds >= 10 * minSeconds) return { loops: 1, first }
  return { loops: Math.max(1, Math.ceil(minSeconds / Math.max(first.seconds, 1e-6))) }
}

/**
 * Runs the project's pass and the limit's pass alternately, `settings.repetitions` times each,
 * so both see the same machine state; returns items per second per repetition.
 */
export async function compareRates<P, L>(
  settings: Settings,
  project: Pass<P>,
  limit?: Pass<L>,
): Promise<Rates> {
  const rates: Rates = { project: [], limit: [] }
  const projectPlan = await calibrate(project, settings.minSeconds)
  const limitPlan = limit ? await calibrate(limit, settings.minSeconds) : undefined
  for (let rep = 0; rep < settings.repetitions; rep++) {
    const p =
      rep === 0 && projectPlan.first ? projectPlan.first : await sample(project, projectPlan.loops)
    rates.project.push(rate(settings, p))
    if (limit && limitPlan) {
      const l =
        rep === 0 && limitPlan.first ? limitPlan.first : await sample(limit, limitPlan.loops)
      rates.limit.push(rate(settings, l))
    }
    settings.log(
      `  rep ${rep + 1}: ${Math.round(rates.project[rep] as number)}/s${limit ? ` vs ${Math.round(rates.limit[rep] as number)}/s` : ''}`,
    )
  }
  return rates
}
