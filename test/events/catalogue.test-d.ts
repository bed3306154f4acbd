import { expectTypeOf } from 'vitest'
import type { Grade } from '../../src/evaluation/grades'
import type { Entry, EntryData } from '../../src/events/catalogue'
import type { Sanction } from '../../src/events/types/sanction'

declare const entry: Entry

if (entry.type === 'PenaltyImposed') {
  expectTypeOf(entry.data.sanctions).toEqualTypeOf<Sanction[]>()
}
if (entry.type === 'EvaluationGraded') {
  expectTypeOf(entry.data.grade).toEqualTypeOf<Grade>()
  expectTypeOf(entry.data.validTo).toEqualTypeOf<string | undefined>()
}
expectTypeOf<EntryData<'AnnualReportFiled'>['year']>().toEqualTypeOf<number>()
expectTypeOf<EntryData<'OrganizationRegistered'>['supervisingUnit']>().toEqualTypeOf<
  string | undefined
>()
// @ts-expect-error a payload type exists only for catalogue names
expectTypeOf<EntryData<'OrganizationMerged'>>()
