import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { isLedgerError } from '../../src/errors'
import { defineEntryType, entryCatalogue } from '../../src/events'
import { entryTypeNames } from '../../src/events/entryTypeNames'

const workPlan = () =>
  defineEntryType({
    type: 'town.WorkPlanFiled',
    title: { zh: '年初工作安排', en: 'Annual work plan filed' },
    section: 'workPlans',
    data: z.strictObject({ year: z.number().int() }),
  })

function refusal(define: () => unknown): { code: string; paths: string[] } {
  try {
    define()
  } catch (error) {
    if (!isLedgerError(error)) throw error
    return { code: error.code, paths: error.issues.map((issue) => issue.path.join('.')) }
  }
  throw new Error('nothing was refused')
}

describe('defineEntryType', () => {
  it('defines a host type with the defaults a careful host expects', () => {
    const type = workPlan()
    expect(type).toMatchObject({
      type: 'town.WorkPlanFiled',
      schema: 1,
      section: 'workPlans',
      visibility: 'authorities',
      category: 'other',
      opensStream: false,
      amends: null,
    })
    expect(Object.isFrozen(type)).toBe(true)
  })

  it('refuses every built-in name, so a host type can never shadow one', () => {
    for (const name of entryTypeNames) {
      const refused = refusal(() =>
        defineEntryType({
          type: name,
          title: { zh: '冒名', en: 'Impostor' },
          section: 'impostors',
          data: z.strictObject({}),
        }),
      )
      expect(refused).toEqual({ code: 'INVALID_INPUT', paths: ['definition.type'] })
    }
  })

  it('refuses a name without a namespace, whatever it is', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).filter((name) => !name.includes('.')),
        (name) => {
          const refused = refusal(() =>
            defineEntryType({
              type: name,
              title: { zh: '无名', en: 'Nameless' },
              section: 'things',
              data: z.strictObject({}),
            }),
          )
          expect(refused.paths).toContain('definition.type')
        },
      ),
    )
  })

  it('names the field of a malformed definition', () => {
    expect(
      refusal(() =>
        defineEntryType({
          type: 'town.Assessed',
          title: { zh: '考核', en: '' },
          section: 'Bad Section',
          data: 'not a schema' as unknown as z.ZodType,
        }),
      ).paths.sort(),
    ).toEqual(['definition.data', 'definition.section', 'definition.title.en'])
  })

  it('refuses a later schema version without an upcaster from each older one', () => {
    const refused = refusal(() =>
      defineEntryType({
        type: 'town.WorkPlanFiled',
        schema: 3,
        upcasters: { 1: (data) => data },
        title: { zh: '年初工作安排', en: 'Annual work plan filed' },
        section: 'workPlans',
        data: z.strictObject({ year: z.number() }),
      }),
    )
    expect(refused).toEqual({ code: 'INVALID_INPUT', paths: ['definition.upcasters'] })
  })
})

describe('entryCatalogue', () => {
  it('reads built-in and host types alike', () => {
    const catalogue = entryCatalogue([workPlan()])
    expect(catalogue.definition('AnnualReportFiled')?.type).toBe('AnnualReportFiled')
    expect(catalogue.definition('town.WorkPlanFiled')?.type).toBe('town.WorkPlanFiled')
    expect(catalogue.host('AnnualReportFiled')).toBeUndefined()
    expect(catalogue.parse('town.WorkPlanFiled', 1, { year: 2026 })).toEqual({
      success: true,
      data: { year: 2026 },
    })
    expect(catalogue.parse('town.WorkPlanFiled', 1, { year: 'next' })).toMatchObject({
      success: false,
      issues: [{ path: ['data', 'year'] }],
    })
  })

  it('refuses a type given twice, a hand-made definition, and amends naming no type', () => {
    expect(refusal(() => entryCatalogue([workPlan(), workPlan()])).paths).toEqual([
      'entryTypes.1.type',
    ])
    const forged = { ...workPlan() }
    expect(refusal(() => entryCatalogue([forged])).paths).toEqual(['entryTypes.0'])
    const revised = defineEntryType({
      type: 'town.AssessmentRevised',
      title: { zh: '考核结果更正', en: 'Assessment revised' },
      section: 'assessments',
      amends: ['town.Assessed'],
      data: z.strictObject({}),
    })
    expect(refusal(() => entryCatalogue([revised])).paths).toEqual(['entryTypes.0.amends'])
  })
})
