import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type DisclosurePolicy,
  nationalDisclosurePolicy,
  publicReport,
  renderReportHtml,
  renderReportText,
  verifyReport,
} from '../../../src/disclosure'
import type { EntryEnvelope } from '../../../src/events/envelope'
import { entryHistory } from '../../credit-file/arbitraries'
import { signer } from '../../ledger/fixtures'
import { leaves } from '../fixtures'
import { ORG, type Recorded, recordHistory } from '../randomLedger'

type Rule = { entry: string; fields?: Record<string, string> }

// An oracle written apart from the library: a field is secret when its entry's type is not
// public, its declared audience is not the public, the entry it inherits from is secret, or
// any policy path over or inside it is not public.
function secrets(entries: readonly EntryEnvelope[], policy: DisclosurePolicy) {
  const bySeq = new Map(entries.map((entry) => [entry.seq, entry]))
  const ruleOf = (type: string): Rule =>
    ((policy.visibility.types as Record<string, Rule>)[type] ?? policy.visibility.default) as Rule
  const entrySecret = (entry: EntryEnvelope | undefined): boolean => {
    if (entry === undefined) return true
    const rule = ruleOf(entry.type).entry
    if (rule === 'declared') return (entry.data as { visibility?: string }).visibility !== 'public'
    if (rule === 'inherit')
      return entrySecret(entry.amends === undefined ? undefined : bySeq.get(entry.amends))
    return rule !== 'public'
  }
  // `over`: a policy path covers the field; `inside`: a policy path names a part of it.
  const fieldSecret = (
    type: string,
    path: string[],
    target: EntryEnvelope | undefined,
    how: 'over' | 'inside',
  ): boolean =>
    Object.entries(ruleOf(type).fields ?? {}).some(([key, value]) => {
      const keyPath = key.split('.')
      const applies =
        how === 'over'
          ? keyPath.length <= path.length && keyPath.every((k, i) => path[i] === k)
          : keyPath.length > path.length && path.every((k, i) => keyPath[i] === k)
      if (!applies || value === 'public') return false
      if (value !== 'target') return true
      if (target === undefined || entrySecret(target)) return true
      const rest = ['data', ...path.slice(keyPath.length)]
      return (
        fieldSecret(target.type, rest, undefined, 'over') ||
        fieldSecret(target.type, rest, undefined, 'inside')
      )
    })
  const strings: string[] = []
  const numbers: number[] = []
  const collect = (value: unknown): void => {
    for (const leaf of leaves(value)) {
      if (typeof leaf === 'string' && leaf.includes('·')) strings.push(leaf)
      if (typeof leaf === 'number' && leaf >= 7_000_000) numbers.push(leaf)
    }
  }
  for (const entry of entries) {
    const target = entry.amends === undefined ? undefined : bySeq.get(entry.amends)
    const whole = entrySecret(entry)
    const content = {
      by: entry.by,
      ref: entry.ref,
      cause: entry.cause,
      data: entry.data,
    } as Record<string, unknown>
    // Down to the values committed one by one, then: is any policy path over or inside it secret?
    const walk = (value: unknown, path: string[]): void => {
      const object = typeof value === 'object' && value !== null && !Array.isArray(value)
      if (object && path.length < 3 && Object.keys(value).length > 0) {
        for (const [key, item] of Object.entries(value)) walk(item, [...path, key])
        return
      }
      const secret =
        whole ||
        fieldSecret(entry.type, path, target, 'over') ||
        fieldSecret(entry.type, path, target, 'inside')
      if (secret) collect(value)
    }
    for (const [key, value] of Object.entries(content)) if (value !== undefined) walk(value, [key])
    if (typeof entry.salt === 'string') strings.push(entry.salt)
  }
  return { strings, numbers }
}

// People: a field is public only when its entry is, and a policy rule names its role, the
// field and the entry's type. Everything else of a person is secret.
function peopleSecrets(
  entries: readonly EntryEnvelope[],
  recorded: Recorded['people'],
  policy: DisclosurePolicy,
): { secret: string[]; open: string[] } {
  const bySeq = new Map(entries.map((entry) => [entry.seq, entry]))
  const publicSeqs = new Set(
    entries.filter((entry) => !secretEntry(entry, bySeq, policy)).map((entry) => entry.seq),
  )
  const secret: string[] = []
  const open: string[] = []
  for (const { seq, person } of recorded) {
    const type = bySeq.get(seq)?.type ?? ''
    for (const field of ['role', 'name', 'idNumber'] as const) {
      const value = person[field]
      if (value === undefined) continue
      const shown =
        publicSeqs.has(seq) &&
        (policy.people ?? []).some(
          (rule) =>
            rule.roles.includes(person.role) &&
            rule.fields.includes(field) &&
            (rule.types === undefined || (rule.types as readonly string[]).includes(type)),
        )
      // A role is a word many people share: it counts as secret only where no one shows it.
      if (field === 'role') continue
      ;(shown ? open : secret).push(value)
    }
  }
  return { secret, open }
}

function secretEntry(
  entry: EntryEnvelope | undefined,
  bySeq: ReadonlyMap<number, EntryEnvelope>,
  policy: DisclosurePolicy,
): boolean {
  if (entry === undefined) return true
  const rule = (
    ((policy.visibility.types as Record<string, Rule>)[entry.type] ??
      policy.visibility.default) as Rule
  ).entry
  if (rule === 'declared') return (entry.data as { visibility?: string }).visibility !== 'public'
  if (rule === 'inherit')
    return secretEntry(
      entry.amends === undefined ? undefined : bySeq.get(entry.amends),
      bySeq,
      policy,
    )
  return rule !== 'public'
}

describe('publicReport across random ledgers', () => {
  it('never shows, in JSON, text or HTML, a value or person field the policy keeps from the public, and always verifies', async () => {
    const found = { entries: 0, strings: 0, numbers: 0, people: 0, shown: 0 }
    await fc.assert(
      fc.asyncProperty(
        entryHistory(30),
        fc.array(fc.integer({ min: Date.parse('2015-01-01'), max: Date.parse('2027-12-31') }), {
          minLength: 1,
          maxLength: 3,
        }),
        async (history, dates) => {
          const { ledger, people } = await recordHistory(history)
          const entries = await ledger.entries(ORG)
          expect(entries[0]?.type).toBe('OrganizationRegistered')
          const hidden = secrets(entries, nationalDisclosurePolicy)
          const persons = peopleSecrets(entries, people, nationalDisclosurePolicy)
          found.people += persons.secret.length
          found.strings += hidden.strings.length
          found.numbers += hidden.numbers.length
          found.entries += entries.length
          for (const date of dates) {
            const asOf = new Date(date).toISOString().slice(0, 10)
            const report = await publicReport(ledger, ORG, { asOf, signer })
            const verification = verifyReport(report, {
              publicKey: signer.publicKey,
              policy: nationalDisclosurePolicy,
            })
            expect(
              verification.success,
              JSON.stringify(!verification.success && verification.issues),
            ).toBe(true)
            const json = JSON.stringify(report)
            const rendered = [
              renderReportText(report, { lang: 'zh-CN', verification }),
              renderReportText(report, { lang: 'en', verification }),
              renderReportHtml(report, { lang: 'zh-CN', verification }),
              renderReportHtml(report, { lang: 'en', verification }),
            ]
            for (const name of persons.open) if (json.includes(name)) found.shown++
            for (const secret of [...hidden.strings, ...persons.secret, 'council_member']) {
              expect(json).not.toContain(secret)
              for (const page of rendered) expect(page).not.toContain(secret)
            }
            const values = leaves(report)
            for (const secret of hidden.numbers) {
              expect(values).not.toContain(secret)
              for (const page of rendered) expect(page).not.toContain(String(secret))
            }
          }
        },
      ),
      { numRuns: 100 },
    )
    // The property means something only if the ledgers held secrets to leak.
    expect(found.entries).toBeGreaterThan(250)
    expect(found.strings).toBeGreaterThan(100)
    expect(found.numbers).toBeGreaterThan(5)
    expect(found.people).toBeGreaterThan(200)
    expect(found.shown).toBeGreaterThan(50)
  }, 300_000)
})
