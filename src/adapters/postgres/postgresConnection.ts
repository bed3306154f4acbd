import pg from 'pg'
import * as z from 'zod'

/** The options every PostgreSQL store takes to reach its schema, checked alike. */
export const connectionFields: {
  connectionString: z.ZodOptional<z.ZodString>
  pool: z.ZodOptional<z.ZodCustom<pg.Pool, pg.Pool>>
  schema: z.ZodOptional<z.ZodString>
  migrate: z.ZodOptional<z.ZodBoolean>
} = {
  connectionString: z.string().min(1).optional(),
  pool: z.instanceof(pg.Pool).optional(),
  schema: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'expected lower-case letters, digits and _, up to 63')
    .optional(),
  migrate: z.boolean().optional(),
}

/** Exactly one of a connection string and a pool of the caller's own. */
export const oneConnection: [
  (options: { connectionString?: string | undefined; pool?: pg.Pool | undefined }) => boolean,
  { message: string; path: string[] },
] = [
  (options) => (options.connectionString === undefined) !== (options.pool === undefined),
  { message: 'give either connectionString or pool', path: ['connectionString'] },
]
