import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as library from '../src'
import { annualReport, GROUP, newLedger, registration } from './ledger/fixtures'

// Every exported function that takes user data, called with arbitrary values: each call must
// either answer (a boolean, a value or a `{ success: false }` result) or throw a coded
// LedgerError. A bare TypeError or RangeError is a defect.

type Call = (...args: unknown[]) => unknown

function outcomeOf(call: () => unknown): Promise<unknown> {
  try {
    return Promise.resolve(call())
  } catch (error) {
    return Promise.reject(error)
  }
}

async function expectCoded(name: string, call: () => unknown): Promise<void> {
  try {
    await outcomeOf(call)
  } catch (error) {
    if (!library.isLedgerError(error)) {
      throw new Error(`${name} threw ${String(error)} instead of a LedgerError`, { cause: error })
    }
    expect(typeof error.code).toBe('string')
  }
}

// Besides anything fast-check builds, the values that break string conversion in messages.
const value = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true }),
  },
  fc.constantFrom(Symbol('hostile'), Object.create(null), NaN, -0, 1n, [], {}),
)
const runs = { numRuns: 60 }

const unary: Readonly<Record<string, Call>> = {
  validateUscc: library.validateUscc as Call,
  validateFilingId: library.validateFilingId as Call,
  parseOrganizationId: library.parseOrganizationId as Call,
  normalizeUscc: library.normalizeUscc as Call,
  kindOfOrganizationId: library.kindOfOrganizationId as Call,
  usccCheckCharacter: library.usccCheckCharacter as Call,
  organizationCodeCheckCharacter: library.organizationCodeCheckCharacter as Call,
  upcastEntry: library.upcastEntry as Call,
  canonicalJson: library.canonicalJson as Call,
  canonicalBytes: library.canonicalBytes as Call,
  isEntryType: library.isEntryType as Call,
  policyFromJson: library.policyFromJson as Call,
  safePolicyFromJson: library.safePolicyFromJson as Call,
  definePolicy: library.definePolicy as Call,
  rule: library.rule as Call,
  effectText: library.effectText as Call,
  proposals: library.proposals as Call,
  entitlements: library.entitlements as Call,
  obligations: library.obligations as Call,
  dayOf: library.dayOf as Call,
  instantBound: library.instantBound as Call,
  fixedClock: library.fixedClock as Call,
  fromHex: library.fromHex as Call,
  toHex: library.toHex as Call,
  rootHash: library.rootHash as Call,
  leafHash: library.leafHash as Call,
  entryLeafHash: library.entryLeafHash as Call,
  parseCheckpoint: library.parseCheckpoint as Call,
  peopleHash: library.peopleHash as Call,
  createLedger: library.createLedger as Call,
  memoryStore: library.memoryStore as Call,
  verifyReport: library.verifyReport as Call,
  renderReportText: library.renderReportText as Call,
  renderReportHtml: library.renderReportHtml as Call,
  createRegister: library.createRegister as Call,
  evaluationMeasuresOn: library.evaluationMeasuresOn as Call,
  gradeValidity: library.gradeValidity as Call,
  gradeValidityOf: library.gradeValidityOf as Call,
  validityIssues: library.validityIssues as Call,
  reEvaluationWindow: library.reEvaluationWindow as Call,
  defineIndicatorSet: library.defineIndicatorSet as Call,
  checkIndicatorSets: library.checkIndicatorSets as Call,
}

const binary: Readonly<Record<string, Call>> = {
  filingId: library.filingId as Call,
  creditFileOf: library.creditFileOf as Call,
  evolve: library.evolve as Call,
  render: library.render as Call,
  sameDecisions: library.sameDecisions as Call,
  isEntitled: library.isEntitled as Call,
  compare: library.compare as Call,
  isWorkingDay: library.isWorkingDay as Call,
  nodeHash: library.nodeHash as Call,
  inclusionProof: library.inclusionProof as Call,
  consistencyProof: library.consistencyProof as Call,
  signCheckpoint: library.signCheckpoint as Call,
  verifyCheckpoint: library.verifyCheckpoint as Call,
  verifierKey: library.verifierKey as Call,
  ed25519Signer: library.ed25519Signer as Call,
  commitPersonalData: library.commitPersonalData as Call,
  peopleCommitments: library.peopleCommitments as Call,
  verifyReport: library.verifyReport as Call,
  verifyReportConsistency: library.verifyReportConsistency as Call,
  renderReportText: library.renderReportText as Call,
  renderReportHtml: library.renderReportHtml as Call,
  dueDates: library.dueDates as Call,
  coolOffUntil: library.coolOffUntil as Call,
  indicatorSetInForce: library.indicatorSetInForce as Call,
  gradeForScore: library.gradeForScore as Call,
  scoreIssues: library.scoreIssues as Call,
}

const ternary: Readonly<Record<string, Call>> = {
  parseEntryData: library.parseEntryData as Call,
  evaluate: library.evaluate as Call,
  nextChange: library.nextChange as Call,
  dutyHistory: library.dutyHistory as Call,
  annualReportYear: library.annualReportYear as Call,
  addWorkingDays: library.addWorkingDays as Call,
  workingDaysBetween: library.workingDaysBetween as Call,
  deadline: library.deadline as Call,
  elapsesOn: library.elapsesOn as Call,
  hasElapsed: library.hasElapsed as Call,
  isWithin: library.isWithin as Call,
  periodEnd: library.periodEnd as Call,
  verifyLedger: library.verifyLedger as Call,
  verifyPersonalData: library.verifyPersonalData as Call,
  publicReport: library.publicReport as Call,
  publicationEndings: library.publicationEndings as Call,
  disclosureObligations: library.disclosureObligations as Call,
  subjectAccessReport: library.subjectAccessReport as Call,
  importLedger: library.importLedger as Call,
  runRules: library.runRules as Call,
  sweep: library.sweep as Call,
  coolOffIssues: library.coolOffIssues as Call,
  scoreSheetIssues: library.scoreSheetIssues as Call,
}

describe('every exported function that takes user data', () => {
  const byArity = [
    ['one value', unary, 1],
    ['two values', binary, 2],
    ['three values', ternary, 3],
  ] as const
  for (const [words, table, arity] of byArity) {
    for (const [name, call] of Object.entries(table)) {
      it(`${name} answers any ${words} or throws a coded LedgerError`, async () => {
        const args = fc.tuple(...Array.from({ length: arity }, () => value))
        await fc.assert(
          fc.asyncProperty(args, (values) => expectCoded(name, () => call(...values))),
          runs,
        )
      })
    }
  }

  it('verifyInclusion and verifyConsistency answer false for arbitrary values', () => {
    fc.assert(
      fc.property(value, value, value, value, value, (a, b, c, d, e) => {
        expect((library.verifyInclusion as Call)(a, b, c, d, e)).toBe(false)
        expect((library.verifyConsistency as Call)(a, b, c, d, e)).toBe(false)
      }),
      runs,
    )
  })

  it('evaluate, dutyHistory and disclosureObligations with the national pack and arbitrary files or dates throw only LedgerErrors', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(GROUP), annualReport(GROUP, 2016)])
    const file = await ledger.creditFile(GROUP)
    await fc.assert(
      fc.asyncProperty(value, value, async (a, b) => {
        await expectCoded('evaluate(file)', () =>
          library.evaluate(library.cnPolicy, a as never, { at: '2024-01-01' }),
        )
        await expectCoded('evaluate(at)', () =>
          library.evaluate(library.cnPolicy, file, a as never),
        )
        await expectCoded('evaluate({ at })', () =>
          library.evaluate(library.cnPolicy, file, { at: b } as never),
        )
        await expectCoded('nextChange', () =>
          library.nextChange(library.cnPolicy, file, a as never),
        )
        await expectCoded('dutyHistory', () =>
          library.dutyHistory(library.cnPolicy, a as never, { at: b } as never),
        )
        await expectCoded('disclosureObligations', () =>
          library.disclosureObligations(library.cnPolicy, file, { at: b } as never),
        )
      }),
      runs,
    )
  })
})

describe('every ledger method that takes user data', () => {
  const methods = [
    'append',
    'safeAppend',
    'creditFile',
    'entries',
    'publicReport',
    'entry',
    'personalRecord',
    'changedSince',
    'export',
    'proveInclusion',
    'proveConsistency',
    'personalData',
    'erasePersonalData',
    'apply',
  ] as const

  for (const method of methods) {
    it(`ledger.${method} answers arbitrary arguments or rejects with a coded LedgerError, and writes nothing`, async () => {
      const { ledger, store } = newLedger()
      await ledger.append(registration(GROUP))
      const before = await store.head()
      await fc.assert(
        fc.asyncProperty(value, value, async (a, b) => {
          const fn = (ledger as unknown as Record<string, Call | undefined>)[method]
          if (fn === undefined) throw new Error(`ledger.${method} does not exist`)
          await expectCoded(`ledger.${method}`, async () => {
            const result = fn.call(ledger, a, b)
            // An async iterable answer is read, so that its validation runs too.
            if (result !== null && typeof result === 'object' && Symbol.asyncIterator in result) {
              for await (const _ of result as AsyncIterable<unknown>) break
            }
            return result
          })
        }),
        { numRuns: 40 },
      )
      expect(await store.head()).toEqual(before)
    })
  }

  it('importLedger rejects arbitrary lines with a coded LedgerError', async () => {
    await fc.assert(
      fc.asyncProperty(value, async (a) => {
        await expectCoded('importLedger', () =>
          library.importLedger(library.memoryStore(), a as never, {} as never),
        )
      }),
      runs,
    )
  })

  it('every method of a register answers arbitrary values or throws a coded LedgerError', async () => {
    const { store } = newLedger()
    const register = library.createRegister({ store })
    const methods = Object.entries(register).filter(([name]) => name !== 'close')
    await fc.assert(
      fc.asyncProperty(value, value, async (a, b) => {
        for (const [name, fn] of methods) {
          await expectCoded(`register.${name}`, () => (fn as Call)(a, b))
        }
      }),
      runs,
    )
  })
})
