import { describe, expectTypeOf, it } from 'vitest'
import type * as z from 'zod/mini'
import type { PublicReport } from '../../../src/disclosure/report/publicReport'
import type { ReportItem, ReportNote } from '../../../src/disclosure/report/reportItem'
import type { publicReportSchema } from '../../../src/disclosure/report/reportSchema'
import type { ReportSection } from '../../../src/disclosure/report/reportSections'
import type {
  DisclosedEntry,
  DisclosedPeople,
  InclusionBundle,
  ShownPersonField,
} from '../../../src/proof'

// `PublicReport` is written by hand from the proof's types; these hold its schema to the same
// fields at every level, so a field added to or dropped from one alone fails to compile.

type Report = z.output<typeof publicReportSchema>
type Item = Report['sections'][ReportSection][number]
type People = NonNullable<Item['people']>
/** The keys an object names, without those of its index signature. */
type Named<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] }

describe('publicReportSchema', () => {
  it('checks every field of a report, its sections and its items', () => {
    expectTypeOf<keyof Report>().toEqualTypeOf<keyof PublicReport>()
    expectTypeOf<keyof Report['policy']>().toEqualTypeOf<keyof PublicReport['policy']>()
    expectTypeOf<keyof Report['sections']>().toEqualTypeOf<ReportSection>()
    expectTypeOf<keyof Item>().toEqualTypeOf<keyof ReportItem>()
    expectTypeOf<keyof Item['proof']>().toEqualTypeOf<keyof InclusionBundle>()
    expectTypeOf<keyof Item['notes'][number]>().toEqualTypeOf<keyof ReportNote>()
    expectTypeOf<keyof People>().toEqualTypeOf<keyof DisclosedPeople>()
    expectTypeOf<keyof People['shown'][number]>().toEqualTypeOf<keyof ShownPersonField>()
  })

  it('checks an entry’s position fields and leaves the content fields to its commitments', () => {
    expectTypeOf<Exclude<Named<Item['entry']>, keyof DisclosedEntry>>().toBeNever()
    expectTypeOf<Exclude<keyof DisclosedEntry, Named<Item['entry']>>>().toEqualTypeOf<
      'by' | 'cause' | 'personalHash' | 'ref'
    >()
  })
})
