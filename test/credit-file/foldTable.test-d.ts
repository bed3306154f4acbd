import { expectTypeOf } from 'vitest'
import type { EntryFold, foldTable } from '../../src/credit-file/foldTable'
import type { EntryType } from '../../src/events/catalogue'

type FoldTable = { readonly [T in EntryType]: EntryFold<T> }

expectTypeOf<keyof typeof foldTable>().toEqualTypeOf<EntryType>()
expectTypeOf<(typeof foldTable)['Banned']>().toEqualTypeOf<EntryFold<'Banned'>>()

declare const withoutBanned: Omit<FoldTable, 'Banned'>
// @ts-expect-error a table that leaves a built-in type out is no fold table
const incomplete: FoldTable = withoutBanned
void incomplete
