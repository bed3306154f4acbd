import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

const CHILD = new URL('./raceChild.ts', import.meta.url).pathname

/**
 * Starts `processes` writer processes on `store` (a `--store` argument) and runs `rounds`
 * rounds: in each, every process appends the next entry of test organization `org` expecting
 * the stream's version `first + round`. Returns each round's answers, in process order.
 */
export async function raceProcesses(
  store: string,
  org: number,
  processes: number,
  rounds: number,
  first: number,
): Promise<string[][]> {
  const args = ['--import', 'tsx', CHILD, '--store', store, '--org', String(org)]
  const children = Array.from({ length: processes }, () =>
    spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] }),
  )
  try {
    const lines = children.map((child) =>
      createInterface({ input: child.stdout })[Symbol.asyncIterator](),
    )
    const next = async (i: number) =>
      (await (lines[i] as AsyncIterator<string>).next()).value as string
    await Promise.all(children.map((_, i) => next(i)))
    const answers: string[][] = []
    for (let round = 0; round < rounds; round++) {
      for (const child of children) child.stdin.write(`go ${first + round}\n`)
      answers.push(await Promise.all(children.map((_, i) => next(i))))
    }
    return answers
  } finally {
    await Promise.all(children.map(close))
  }
}

async function close(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  child.stdin?.end()
  await exited
}
