import * as z from 'zod'

/**
 * How a cell's text becomes a value: `text` (the default) keeps it as a string; `date` reads
 * Chinese, slashed, dotted and compact dates and Excel serial dates as `YYYY-MM-DD`; `year`
 * also reads `2023年度`; `yuan` reads amounts such as `¥50,000`, `5万元` or `1.2亿`; `wan_yuan`
 * is for columns stated in 万元; `boolean` reads 是/否, 有/无, yes/no, 1/0 and √/×.
 */
export const conversions = [
  'text',
  'integer',
  'number',
  'boolean',
  'date',
  'year',
  'yuan',
  'wan_yuan',
] as const

/** One of the `conversions`. */
export type Conversion = (typeof conversions)[number]

const keysOfColumn = ['convert', 'map', 'split', 'optional'] as const

/**
 * Where one field of an entry comes from: a `column` of the row, read with a `convert`ion or
 * through a value `map` (`{ "合格": "qualified" }`), split into a list by `split`, left out
 * when the cell is empty if `optional`; or a fixed `value` for every row.
 */
export const fieldMappingSchema: z.ZodObject<
  {
    column: z.ZodOptional<z.ZodString>
    value: z.ZodOptional<z.ZodJSONSchema>
    convert: z.ZodOptional<z.ZodEnum<{ [K in Conversion]: K }>>
    map: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodJSONSchema>>
    split: z.ZodOptional<z.ZodString>
    optional: z.ZodOptional<z.ZodBoolean>
  },
  z.core.$strict
> = z
  .strictObject({
    column: z.string().min(1).max(200).optional(),
    value: z.json().optional(),
    convert: z.enum(conversions).optional(),
    map: z.record(z.string(), z.json()).optional(),
    split: z.string().min(1).max(8).optional(),
    optional: z.boolean().optional(),
  })
  .superRefine((field, context) => {
    const hasValue = Object.hasOwn(field, 'value')
    if (field.column === undefined && !hasValue) {
      context.addIssue({
        code: 'custom',
        params: { code: 'no_source' },
        path: [],
        message: 'say where the field comes from: a "column", or a fixed "value"',
      })
    }
    if (field.column !== undefined && hasValue) {
      context.addIssue({
        code: 'custom',
        params: { code: 'column_and_value' },
        path: ['value'],
        message: 'a field comes from a column or is a fixed value, not both',
      })
    }
    if (hasValue) {
      for (const key of keysOfColumn) {
        if (field[key] !== undefined) {
          context.addIssue({
            code: 'custom',
            params: { code: 'not_for_value' },
            path: [key],
            message: `"${key}" applies to a column, not to a fixed value`,
          })
        }
      }
    }
    if (field.map !== undefined && field.convert !== undefined) {
      context.addIssue({
        code: 'custom',
        params: { code: 'map_and_convert' },
        path: ['convert'],
        message: 'a value map gives the value itself; leave out "convert"',
      })
    }
  })

/** Where one field of an entry comes from: a column, or a fixed value. */
export type FieldMapping = z.infer<typeof fieldMappingSchema>
