import * as z from 'zod'
import { isoDateSchema } from '../../time'

// isolatedDeclarations needs every exported schema's type spelled out; these aliases keep
// those annotations as short as the schemas they describe.

/** A zod object that rejects unknown keys, over the field schemas `S`. */
export type Strict<S extends z.core.$ZodLooseShape> = z.ZodObject<S, z.core.$strict>

/** A zod enum over the string literals `T`. */
export type Enum<T extends string> = z.ZodEnum<{ [K in T]: K }>

/** A field that may be left out. */
export type Opt<T extends z.core.SomeType> = z.ZodOptional<T>

/** An amount in whole yuan, as Chinese decisions and reports state money. */
export const yuanSchema: z.ZodNumber = z.number().int().nonnegative()

/** A name, title, department or other single line of text. */
export const lineSchema: z.ZodString = z.string().min(1).max(200)

/** Facts, reasons and descriptions: free text of up to 4,000 characters. */
export const textSchema: z.ZodString = z.string().min(1).max(4000)

/** The position of another entry in the ledger. */
export const seqSchema: z.ZodNumber = z.number().int().nonnegative()

/** Positions of other entries the payload rests on or disputes. */
export const seqListSchema: z.ZodArray<z.ZodNumber> = z.array(seqSchema).min(1).max(1000)

/** A calendar year such as a report or inspection year. */
export const yearSchema: z.ZodNumber = z.number().int().min(1949).max(2200)

/** Several short reasons or issues, each one line of text. */
export const reasonsSchema: z.ZodArray<z.ZodString> = z.array(textSchema).min(1).max(100)

/** The levels of government an authority sits at. */
export const authorityLevels = ['national', 'provincial', 'municipal', 'county'] as const

/** The level of government of a registrar, awarding body or other authority. */
export type AuthorityLevel = (typeof authorityLevels)[number]

/** Checks an authority level. */
export const authorityLevelSchema: Enum<AuthorityLevel> = z.enum(authorityLevels)

/** A provision of law: the instrument (《社会团体登记管理条例》) and, where known, its article. */
export const provisionSchema: Strict<{
  instrument: z.ZodString
  article: Opt<z.ZodString>
}> = z.strictObject({
  instrument: lineSchema,
  article: z.string().min(1).max(64).optional(),
})

/** Where a decision finds its legal ground: the instrument and, where known, the article. */
export type Provision = z.infer<typeof provisionSchema>

/** A span of calendar days, both ends included. */
export const periodSchema: Strict<{ from: typeof isoDateSchema; to: typeof isoDateSchema }> = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema })
  .refine((period) => period.from <= period.to, {
    message: 'a period cannot end before it starts',
    path: ['to'],
  })

/** The first and last day of what a disclosure or a term covers, both included. */
export type Period = z.infer<typeof periodSchema>

/** A lower-case hex SHA-256 digest of a document. */
export const sha256HexSchema: z.ZodString = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 digest as 64 lower-case hex digits')
