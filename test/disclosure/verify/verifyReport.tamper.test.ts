import { beforeAll, describe, expect, it } from 'vitest'
import { type PublicReport, publicReport, verifyReport } from '../../../src/disclosure'
import { GROUP, recordedGroup, signer } from '../fixtures'

type Path = (string | number)[]

function paths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => paths(item, [...prefix, index]))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))
  }
  return [prefix]
}

// Changes a value as little as possible: a hex digit for another, a number by one.
function changed(value: unknown): unknown {
  if (typeof value === 'number') return value + 1
  if (typeof value === 'boolean') return !value
  const text = String(value)
  const last = text.at(-1) ?? ''
  if (/[0-9a-f]/.test(last)) return text.slice(0, -1) + (last === '0' ? '1' : '0')
  return `${text.slice(0, -1)}改`
}

function edit(report: PublicReport, path: Path, change: 'change' | 'delete'): unknown {
  const copy = structuredClone(report) as unknown as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = path.at(-1) as string | number
  if (change === 'delete' && Array.isArray(node)) node.splice(last as number, 1)
  else if (change === 'delete') delete node[last]
  else node[last] = changed(node[last])
  return copy
}

describe('verifyReport on a tampered report', () => {
  let report: PublicReport
  beforeAll(async () => {
    const { ledger } = await recordedGroup()
    report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
  })

  it('fails for a change to any value, naming the item when the value is in one', () => {
    expect(verifyReport(report, { publicKey: signer.publicKey }).success).toBe(true)
    const all = paths(report)
    expect(all.length).toBeGreaterThan(300)
    for (const path of all) {
      const checked = verifyReport(edit(report, path, 'change'), { publicKey: signer.publicKey })
      expect(checked.success, path.join('.')).toBe(false)
      if (checked.success || path[0] !== 'sections') continue
      const item = path.slice(0, 3)
      expect(
        checked.issues.some((issue) => item.every((key, i) => issue.path[i] === key)),
        `${path.join('.')}: ${checked.issues.map((issue) => issue.message).join(' | ')}`,
      ).toBe(true)
      const named = `${String(path[1])} item ${String(path[2])}`
      expect(
        checked.issues.some((issue) => issue.message.includes(named)),
        path.join('.'),
      ).toBe(true)
    }
  }, 120_000)

  it('fails when any field or item is removed', () => {
    const removable = new Set<string>()
    for (const path of paths(report)) {
      for (let length = 1; length <= path.length; length++) {
        removable.add(JSON.stringify(path.slice(0, length)))
      }
    }
    for (const key of removable) {
      const path = JSON.parse(key) as Path
      const checked = verifyReport(edit(report, path, 'delete'), { publicKey: signer.publicKey })
      expect(checked.success, path.join('.')).toBe(false)
    }
  }, 120_000)

  it('names the shown field whose value was changed', () => {
    const index = report.sections.penalties.findIndex((i) => i.entry.type === 'PenaltyImposed')
    const checked = verifyReport(
      edit(report, ['sections', 'penalties', index, 'entry', 'data', 'facts'], 'change'),
      {
        publicKey: signer.publicKey,
      },
    )
    expect(checked.success).toBe(false)
    if (checked.success) return
    expect(checked.issues[0]).toMatchObject({
      code: 'field_changed',
      path: ['sections', 'penalties', index, 'entry', 'data', 'facts'],
    })
    expect(checked.issues[0]?.message).toMatch(
      /^penalties item \d \(entry \d+, PenaltyImposed\): data\.facts/,
    )
  })

  it('fails against another key', () => {
    const other = new Uint8Array(32).fill(3)
    expect(verifyReport(report, { publicKey: other }).success).toBe(false)
  })
})
