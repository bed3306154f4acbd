import { describe, expectTypeOf, it } from 'vitest'
import type * as z from 'zod'
import type { Condition } from '../../src/rules/condition'
import type { conditionSchema } from '../../src/rules/conditionSchema'
import type { All, Any, Not, NotSchema, SomeOfSchema } from '../../src/rules/conditions/logic'

// `Condition` contains itself, so it is assembled by hand from the kinds' types; these hold it
// to what `conditionSchema` outputs, in both directions, so neither can gain or lose a kind or a
// field alone.

describe('conditionSchema', () => {
  it('outputs every Condition, and nothing that is not one', () => {
    expectTypeOf<Condition>().toExtend<z.output<typeof conditionSchema>>()
    expectTypeOf<z.output<typeof conditionSchema>>().toExtend<Condition>()
  })

  it('writes all, any and not field for field as their schemas output them', () => {
    expectTypeOf<All>().toEqualTypeOf<Readonly<z.output<SomeOfSchema<'all'>>>>()
    expectTypeOf<Any>().toEqualTypeOf<Readonly<z.output<SomeOfSchema<'any'>>>>()
    expectTypeOf<Not>().toEqualTypeOf<Readonly<z.output<NotSchema>>>()
  })
})
