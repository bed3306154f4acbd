import { expectTypeOf } from 'vitest'
import type { CreditFile } from '../../src/credit-file'
import type { Entry } from '../../src/events/catalogue'
import type { Migrated } from '../../src/events/migrated'
import type { AppendOptions } from '../../src/ledger/append'
import type { EntryInput } from '../../src/ledger/entryInput'

expectTypeOf<Migrated>().toEqualTypeOf<{ recordedAt: string; source?: string | undefined }>()
expectTypeOf<AppendOptions['migration']>().toEqualTypeOf<boolean | undefined>()
expectTypeOf<Entry['migrated']>().toEqualTypeOf<Migrated | undefined>()
expectTypeOf<CreditFile['migrated'][string]>().toEqualTypeOf<{
  readonly recordedAt: string
  readonly source: string | null
}>()

const input = {
  org: '51310116MJ4A001370',
  type: 'Deregistered',
  effectiveAt: '2016-03-01',
  by: '上海市金山区民政局',
  data: { reason: 'dissolution', department: '上海市金山区民政局' },
  migrated: { recordedAt: '2016-03-02', source: '旧系统' },
} as const
expectTypeOf(input).toExtend<EntryInput>()
// @ts-expect-error the original recording is a date or instant, not a number
expectTypeOf({ ...input, migrated: { recordedAt: 20160302 } }).toExtend<EntryInput>()
