// The field schemas the town's entry types share. isolatedDeclarations needs every exported
// schema's type spelled out; the aliases keep those annotations as short as the schemas.
import * as z from 'zod'

/** A zod object that rejects unknown keys, over the field schemas `S`. */
export type Strict<S extends z.core.$ZodLooseShape> = z.ZodObject<S, z.core.$strict>

/** A zod enum over the string literals `T`. */
export type Enum<T extends string> = z.ZodEnum<{ [K in T]: K }>

/** A field that may be left out. */
export type Opt<T extends z.core.SomeType> = z.ZodOptional<T>

/** The year a plan, report, assessment or designation is for. */
export const yearSchema: z.ZodNumber = z.number().int().min(2000).max(2100)

/** A name, title or department: one line of text. */
export const lineSchema: z.ZodString = z.string().min(1).max(200)

/** A summary or a citation: free text of up to 4,000 characters. */
export const textSchema: z.ZodString = z.string().min(1).max(4000)

/** The lower-case hex SHA-256 of a document kept in the town's own files. */
export const documentSchema: z.ZodString = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 digest as 64 lower-case hex digits')
