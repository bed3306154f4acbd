import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type DisclosurePolicy,
  disclosurePolicy,
  nationalDisclosureOptions,
  nationalDisclosurePolicy,
  type PublicReport,
  publicationEndings,
  publicReport,
  renderReportHtml,
  renderReportText,
  reportSections,
  verifyReport,
} from '../../../src/disclosure'
import type { EntryInput } from '../../../src/ledger/entryInput'
import { elapsesOn } from '../../../src/time'
import { GROUP, newLedger, registration, signer } from '../../ledger/fixtures'

// Random corrections of every field a disclosure policy reads: a disclosure's `visibility`
// (its audience under `declared`), an objection's `disputes` (shown only beside a shown
// entry), a penalty's `sanctions` and `decidedOn` (its severity and the start of its
// publication window). An oracle written apart from the library says, from the entries as
// corrected, which texts the public may never see.

const DISTRICT = '上海市金山区民政局'
const VISIBILITIES = ['public', 'authorities', 'internal'] as const
const SANCTIONS = [
  [{ kind: 'warning' }],
  [{ kind: 'fine', amount: 3000 }],
  [{ kind: 'fine', amount: 80000 }],
  [{ kind: 'warning' }, { kind: 'suspension', months: 3 }],
] as const
const SERIOUS = new Set(['suspension', 'certificate_revoked', 'registration_revoked'])

const day = fc
  .integer({ min: Date.parse('2016-03-01'), max: Date.parse('2023-12-31') })
  .map((ms) => new Date(ms).toISOString().slice(0, 10))

type Kind = 'disclosure' | 'penalty' | 'activity' | 'objection'
const base = fc.record({
  kind: fc.constantFrom<Kind>('disclosure', 'disclosure', 'penalty', 'activity', 'objection'),
  on: day,
  visibility: fc.constantFrom(...VISIBILITIES),
  sanctions: fc.nat(SANCTIONS.length - 1),
  decidedOn: day,
  disputes: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
})
const correction = fc.record({
  target: fc.nat(),
  on: day,
  // Towards public as often as away from it, so that both directions are tried.
  visibility: fc.option(fc.constantFrom('public', 'public', 'authorities', 'internal'), {
    nil: undefined,
  }),
  retitle: fc.boolean(),
  sanctions: fc.option(fc.nat(SANCTIONS.length - 1), { nil: undefined }),
  decidedOn: fc.option(day, { nil: undefined }),
  disputes: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  retracted: fc.boolean(),
})
const scenario = fc.record({
  entries: fc.array(base, { minLength: 2, maxLength: 8 }),
  corrections: fc.array(correction, { minLength: 1, maxLength: 8 }),
  windows: fc.boolean(),
  sweep: day,
  dates: fc.array(day, { minLength: 1, maxLength: 2 }),
})
type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never

const withWindows = disclosurePolicy({
  ...nationalDisclosurePolicy,
  id: 'cn-with-repair',
  windows: nationalDisclosureOptions.creditRepairWindows,
})

interface Recorded {
  readonly seq: number
  readonly kind: Kind
  readonly on: string
  /** The data as stored, then as corrected by each correction in force. */
  data: Record<string, unknown>
  /** Every text written for it, stored or corrected: the texts to look for when it is secret. */
  readonly texts: string[]
}

async function record(s: Scenario, policy: DisclosurePolicy) {
  const { ledger } = newLedger()
  await ledger.append(registration(GROUP))
  const recorded: Recorded[] = []
  const never: string[] = []
  let mark = 0
  const text = (what: string) => `${what}·${++mark}·`
  const append = async (input: Omit<EntryInput, 'org' | 'by'>) =>
    (await ledger.append({ org: GROUP, by: DISTRICT, ...input } as EntryInput)).entries[0]
      ?.seq as number
  for (const e of s.entries) {
    const seqs = [0, ...recorded.map((r) => r.seq)]
    let data: Record<string, unknown>
    const texts: string[] = []
    if (e.kind === 'disclosure') {
      const [title, body] = [text('标题'), text('正文')]
      texts.push(title, body)
      data = { category: 'governance', title, body, visibility: e.visibility }
    } else if (e.kind === 'penalty') {
      const facts = text('事实')
      texts.push(facts)
      data = {
        sanctions: SANCTIONS[e.sanctions],
        ground: 'ultra_vires',
        violated: { instrument: '《社会团体登记管理条例》' },
        facts,
        department: DISTRICT,
        decidedOn: e.decidedOn,
      }
    } else if (e.kind === 'activity') {
      const description = text('活动')
      texts.push(description)
      data = { kind: 'council_meeting', description }
    } else {
      const grounds = text('理由')
      never.push(grounds)
      data = {
        disputes: [...new Set(e.disputes.map((n) => seqs[n % seqs.length] as number))],
        grounds,
      }
    }
    const seq = await append({
      type: {
        disclosure: 'DisclosurePublished',
        penalty: 'PenaltyImposed',
        activity: 'ActivityHeld',
        objection: 'ObjectionFiled',
      }[e.kind],
      effectiveAt: e.on,
      data,
    } as EntryInput)
    recorded.push({ seq, kind: e.kind, on: e.on, data, texts })
  }
  for (const c of s.corrections) {
    const target = recorded[c.target % recorded.length] as Recorded
    const fields: Record<string, unknown> = {}
    if (target.kind === 'disclosure') {
      if (c.visibility !== undefined) fields.visibility = c.visibility
      if (c.retitle || c.visibility === undefined) fields.title = text('更正标题')
    } else if (target.kind === 'penalty') {
      if (c.sanctions !== undefined) fields.sanctions = SANCTIONS[c.sanctions]
      if (c.decidedOn !== undefined) fields.decidedOn = c.decidedOn
      if (c.retitle || Object.keys(fields).length === 0) fields.facts = text('更正事实')
    } else if (target.kind === 'activity') {
      fields.description = text('更正活动')
    } else {
      const seqs = [0, ...recorded.map((r) => r.seq)].filter((seq) => seq < target.seq)
      fields.disputes = [...new Set(c.disputes.map((n) => seqs[n % seqs.length] as number))]
    }
    const reason = text('更正理由')
    const seq = await append({
      type: 'EntryCorrected',
      effectiveAt: c.on,
      amends: target.seq,
      data: { fields, reason },
    } as EntryInput)
    const written = Object.values(fields).filter(
      (v): v is string => typeof v === 'string' && v.includes('·'),
    )
    if (c.retracted) {
      const why = text('撤回理由')
      await append({
        type: 'EntryRetracted',
        effectiveAt: c.on,
        amends: seq,
        data: { ground: 'error', reason: why },
      } as EntryInput)
      never.push(...written, reason, why)
    } else {
      target.data = { ...target.data, ...fields }
      target.texts.push(...written, reason)
    }
  }
  const ended =
    policy.windows.length === 0
      ? []
      : publicationEndings(policy, await ledger.entries(GROUP), { at: s.sweep, by: DISTRICT })
  if (ended.length > 0) await ledger.append(ended)
  return { ledger, recorded, never }
}

// The oracle: an entry is secret when, as corrected, the policy keeps it from the public, its
// window ran out by the report's date, or (an objection) it disputes nothing shown.
function hiddenByPolicy(r: Recorded, s: Scenario, asOf: string, windows: boolean): boolean {
  if (r.kind === 'activity') return true
  if (r.kind === 'disclosure') return r.data.visibility !== 'public'
  if (r.kind !== 'penalty' || !windows) return false
  const sanctions = r.data.sanctions as readonly { kind: string; amount?: number }[]
  const serious = sanctions.some(
    (x) => SERIOUS.has(x.kind) || (x.kind === 'fine' && (x.amount ?? 0) >= 50000),
  )
  const end = elapsesOn(r.data.decidedOn as string, { years: serious ? 3 : 1 }, 'civil_code')
  return end <= s.sweep && end <= asOf
}

function seqsOf(report: PublicReport): Set<number> {
  return new Set(reportSections.flatMap((name) => report.sections[name].map((i) => i.entry.seq)))
}

describe('publicReport over random corrections of what the policy reads', () => {
  it('never shows a text of an entry that is not public as corrected, and always verifies', async () => {
    const found = { hiddenByCorrection: 0, shownByCorrection: 0, secrets: 0, objectionsLeftOut: 0 }
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const policy = s.windows ? withWindows : nationalDisclosurePolicy
        const { ledger, recorded, never } = await record(s, policy)
        for (const asOf of s.dates) {
          const report = await publicReport(ledger, GROUP, { asOf, signer, policy })
          const verification = verifyReport(report, { publicKey: signer.publicKey, policy })
          expect(
            verification.success,
            JSON.stringify(!verification.success && verification.issues),
          ).toBe(true)
          const pages = [
            JSON.stringify(report),
            renderReportText(report, { lang: 'zh-CN', verification }),
            renderReportText(report, { lang: 'en', verification }),
            renderReportHtml(report, { lang: 'en', verification }),
          ]
          const shown = seqsOf(report)
          const secrets = [...never]
          for (const r of recorded) {
            if (hiddenByPolicy(r, s, asOf, s.windows)) {
              secrets.push(...r.texts)
              expect(shown.has(r.seq)).toBe(false)
            }
            if (r.kind === 'objection' && shown.has(r.seq)) {
              const disputes = r.data.disputes as number[]
              expect(disputes.some((seq) => shown.has(seq))).toBe(true)
            }
            if (r.kind === 'objection' && !shown.has(r.seq) && r.on <= asOf)
              found.objectionsLeftOut++
            if (r.kind === 'disclosure' && r.texts.length > 2) {
              if (r.data.visibility === 'public' && shown.has(r.seq)) found.shownByCorrection++
              else if (r.data.visibility !== 'public') found.hiddenByCorrection++
            }
          }
          found.secrets += secrets.length
          for (const secret of secrets) for (const page of pages) expect(page).not.toContain(secret)
        }
      }),
      { numRuns: 80 },
    )
    // The property means something only if corrections moved entries both ways. The counts
    // vary with the seed (a run has seen 5 shown by a correction), so each floor is one.
    expect(found.hiddenByCorrection).toBeGreaterThan(0)
    expect(found.shownByCorrection).toBeGreaterThan(0)
    expect(found.objectionsLeftOut).toBeGreaterThan(0)
    expect(found.secrets).toBeGreaterThan(100)
  }, 120_000)
})
