import { describe, expect, it } from 'vitest'
import { sweep } from '../../src/rules/sweep'
import { examplePolicy } from './fixtures'
import { town } from './sweepTown'

const policy = examplePolicy()

describe('sweep, followed and stopped', () => {
  it('reports each organization evaluated, of how many it revisits', async () => {
    const { source } = await town(6)
    const seen: string[] = []
    await sweep(source, policy, {
      at: '2023-06-01',
      onProgress: ({ at, done, total }) => seen.push(`${at} ${done}/${total}`),
    })
    expect(seen).toEqual([1, 2, 3, 4, 5, 6].map((done) => `2023-06-01 ${done}/6`))
  })

  it('throws ABORTED, with the reason as cause, when its signal aborts between organizations', async () => {
    const { source } = await town(6)
    const stop = new AbortController()
    const reason = new Error('the night is over')
    const sweeping = sweep(source, policy, {
      at: '2023-06-01',
      signal: stop.signal,
      onProgress: ({ done }) => {
        if (done === 2) stop.abort(reason)
      },
    })
    await expect(sweeping).rejects.toMatchObject({ code: 'ABORTED', cause: reason })
  })

  it('refuses a signal or a progress callback of the wrong kind, naming it', async () => {
    const { source } = await town(1)
    await expect(
      sweep(source, policy, { at: '2023-06-01', signal: {} as never }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['options', 'signal'] }],
    })
    await expect(
      sweep(source, policy, { at: '2023-06-01', onProgress: 'log' as never }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['options', 'onProgress'] }],
    })
    await expect(sweep({} as never, policy, { at: '2023-06-01' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['ledger'] }],
    })
  })
})
