import { describe, expectTypeOf, it } from 'vitest'
import type * as z from 'zod'
import type { Predicate, predicateSchema } from '../../src/rules/predicate'
import type { Frozen } from '../../src/rules/schemaTypes'

// `Predicate` contains itself, so it is written by hand; this holds it to what its schema
// outputs, in both directions.

describe('predicateSchema', () => {
  it('outputs every Predicate, and nothing that is not one', () => {
    expectTypeOf<Predicate>().toExtend<z.output<typeof predicateSchema>>()
    expectTypeOf<z.output<typeof predicateSchema>>().toExtend<Predicate>()
  })

  it('writes Predicate field for field as its schema outputs it', () => {
    expectTypeOf<Predicate>().toEqualTypeOf<Frozen<z.output<typeof predicateSchema>>>()
  })
})
