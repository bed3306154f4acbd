import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createLedger, type Ledger } from '../../src/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import type { BenchCase, Row, Settings } from '../harness/benchCase'
import { collectGarbage } from '../harness/measure'
import { type Elapsed, mark, since } from '../harness/stopwatch'
import { appendPlan } from '../workload/appendPlan'
import type { Peer, PeersModule } from './peerStore'

const PEERS_DIR = fileURLToPath(new URL('../peers/', import.meta.url))
// Loaded by address so the library's typecheck never reads a peer package.
const PEERS_MODULE = new URL('../peers/peers.ts', import.meta.url)
const WARM_UP_ORGANIZATIONS = 50

/** One organization: its id and the one append call that holds its entries. */
interface Stream {
  readonly org: string
  readonly inputs: readonly EntryInput[]
}

/** Entries and time of one phase of one pass, on both clocks. */
interface PhaseTime extends Elapsed {
  readonly entries: number
}

interface PassTimes {
  readonly append: PhaseTime
  readonly read: PhaseTime
}

/** What both the library and each peer are driven through. */
interface Subject {
  append(org: string, inputs: readonly EntryInput[]): Promise<unknown>
  read(org: string): Promise<unknown>
  destroy(): Promise<void>
}

// The peers' packages, installed into bench/peers on first use and never by the library's install.
function installPeers(log: (line: string) => void): boolean {
  if (existsSync(`${PEERS_DIR}node_modules`)) return true
  log('  installing the peers on first use: npm install --prefix bench/peers')
  const done = spawnSync('npm', ['install', '--prefix', PEERS_DIR], { stdio: ['ignore', 2, 2] })
  return done.status === 0 && existsSync(`${PEERS_DIR}node_modules`)
}

async function timePhase(
  streams: readonly Stream[],
  step: (stream: Stream) => Promise<unknown>,
): Promise<PhaseTime> {
  collectGarbage()
  let entries = 0
  let seconds = 0
  let cpuSeconds = 0
  for (const stream of streams) {
    const start = mark()
    await step(stream)
    const elapsed = since(start)
    seconds += elapsed.seconds
    cpuSeconds += elapsed.cpuSeconds
    entries += stream.inputs.length
  }
  return { entries, seconds, cpuSeconds }
}

async function pass(open: () => Promise<Subject>, streams: readonly Stream[]): Promise<PassTimes> {
  const subject = await open()
  try {
    const append = await timePhase(streams, (stream) => subject.append(stream.org, stream.inputs))
    let folded = 0
    const read = await timePhase(streams, async (stream) => {
      const entries = await subject.read(stream.org)
      folded += typeof entries === 'number' ? entries : stream.inputs.length
    })
    if (folded !== read.entries) {
      throw new Error(`folded ${folded} entries of the ${read.entries} appended`)
    }
    return { append, read }
  } finally {
    await subject.destroy()
  }
}

// The library fed as the peers are: one `ledger.append` per organization, one `creditFile` each.
async function openLibrary(): Promise<Subject> {
  const ledger: Ledger = createLedger({
    store: memoryStore(),
    clock: fixedClock('2025-01-01T00:00:00+08:00', 1000),
  })
  return {
    append: (_org, inputs) => ledger.append(inputs),
    read: (org) => ledger.creditFile(org),
    destroy: async () => {},
  }
}

type Samples = Record<'append' | 'read', { wall: number[]; cpu: number[] }>

function emptySamples(): Samples {
  return { append: { wall: [], cpu: [] }, read: { wall: [], cpu: [] } }
}

function record(samples: Samples, times: PassTimes): void {
  for (const phase of ['append', 'read'] as const) {
    const time = times[phase]
    samples[phase].wall.push(time.entries / time.seconds)
    samples[phase].cpu.push(time.entries / time.cpuSeconds)
  }
}

function rows(library: Samples, peer: Peer, samples: Samples): Row[] {
  const out: Row[] = []
  for (const phase of ['append', 'read'] as const) {
    for (const clock of ['wall', 'cpu'] as const) {
      out.push({
        case: 'peers',
        measure: `${phase === 'append' ? 'append, one call per organization' : 'read, one fold per organization'}, ${clock === 'wall' ? 'wall clock' : 'CPU time'}, library vs ${peer.name}`,
        unit: 'entries/s',
        project: library[phase][clock],
        limit: samples[phase][clock],
        limitLabel: peer.name,
      })
    }
  }
  return out
}

/** peers: the library beside other libraries' event stores, fed the same calls. */
export const peersCase: BenchCase = {
  name: 'peers',
  summary:
    "entries/s of `ledger.append` (one call per organization, memory store) and `ledger.creditFile` (every organization), against Emmett's in-memory, SQLite and PostgreSQL stores and Castore's in-memory adapter fed the same calls (`appendToStream` / one event group per organization, then `aggregateStream` / `getAggregate` into a small state); ratio = library / peer. The library validates every input against its type's schema, checks the stream's rules, commits to each field with a salt, hashes every entry into a Merkle tree and folds a full credit file on read; the peers store the events as given, with no validation and no hashing, and fold five fields. Neither signs on append (the library signs checkpoints, not measured here). Castore checks each event's version against its stream; Emmett's durable stores keep a global position; the SQLite and PostgreSQL peers write to disk, the library's figure is its memory store",
  async run(settings: Settings): Promise<Row[]> {
    if (!installPeers(settings.log)) {
      settings.log(
        '  peers skipped: bench/peers could not be installed (npm install --prefix bench/peers failed; no registry?)',
      )
      return []
    }
    const { peers } = (await import(PEERS_MODULE.href)) as PeersModule
    const plan = appendPlan(settings.seed, settings.n, 1)
    const streams: Stream[] = plan.calls.map((inputs, i) => ({
      org: plan.organizations[i]?.org as string,
      inputs,
    }))
    const warmUp = streams.slice(0, WARM_UP_ORGANIZATIONS)
    settings.log(`  ${streams.length} organizations, ${plan.entries} entries, one call each`)
    const library = emptySamples()
    const bySample = new Map<Peer, Samples>()
    const failed = new Map<Peer, string>()
    await pass(openLibrary, warmUp)
    for (const peer of peers) {
      try {
        await pass(() => peer.open(), warmUp)
        bySample.set(peer, emptySamples())
      } catch (error) {
        failed.set(peer, error instanceof Error ? error.message : String(error))
        settings.log(`  ${peer.name} failed: ${failed.get(peer)}`)
      }
    }
    for (let rep = 0; rep < settings.repetitions; rep++) {
      record(library, await pass(openLibrary, streams))
      for (const [peer, samples] of bySample)
        record(samples, await pass(() => peer.open(), streams))
      settings.log(`  rep ${rep + 1} done`)
    }
    const out: Row[] = []
    for (const peer of peers) {
      const samples = bySample.get(peer)
      if (samples !== undefined) out.push(...rows(library, peer, samples))
      else {
        out.push({
          case: 'peers',
          measure: `${peer.name}: ${failed.get(peer)}`,
          unit: '',
          project: [],
          status: 'failed',
        })
      }
    }
    return out
  },
}
