import * as z from 'zod'
import { hasMethods } from '../_internal/arguments'
import type { EntryCatalogue } from '../events'
import type { EventStore } from '../store'
import { isoDateSchema } from '../time'
import type { RegisterStore } from './registerStore'

const page = {
  offset: z.number().int().min(0).max(1_000_000).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
}

/** A name search: the text, and the page. */
export const searchArgumentsSchema: z.ZodType<{
  text: string
  offset?: number | undefined
  limit?: number | undefined
}> = z.strictObject({ text: z.string().trim().min(1).max(100), ...page })

/** A published list on a day, for a registrar or a division. */
export const listArgumentsSchema: z.ZodType<{
  on: string
  registrar?: string | undefined
  division?: string | undefined
  offset?: number | undefined
  limit?: number | undefined
}> = z.strictObject({
  on: isoDateSchema,
  registrar: z.string().min(1).max(200).optional(),
  division: z
    .string()
    .regex(/^\d{2}(\d{2}){0,2}$/, 'expected a division code of 2, 4 or 6 digits')
    .optional(),
  ...page,
})

/** The list: abnormal or serious. */
export const listNameSchema: z.ZodType<'abnormal' | 'serious'> = z.enum(['abnormal', 'serious'])

/** One day. */
export const onArgumentsSchema: z.ZodType<{ on: string }> = z.strictObject({ on: isoDateSchema })

/** Two days, the first not after the second. */
export const changeArgumentsSchema: z.ZodType<{ from: string; to: string }> = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema })
  .refine((range) => range.from <= range.to, {
    message: 'from must not be after to',
    path: ['from'],
  })

/** How a catch-up reports and stops. */
export const catchUpArgumentsSchema: z.ZodType<{
  signal?: AbortSignal | undefined
  onProgress?: ((done: number, total: number) => void) | undefined
}> = z.strictObject({
  signal: z.instanceof(AbortSignal).optional(),
  onProgress: z
    .custom<(done: number, total: number) => void>(
      (value) => typeof value === 'function',
      'expected a function',
    )
    .optional(),
})

/** Following needs a signal to stop by. */
export const followArgumentsSchema: z.ZodType<{ signal: AbortSignal }> = z.strictObject({
  signal: z.instanceof(AbortSignal),
})

/** The log, the read models and the page size of a register. */
export const registerOptionsSchema: z.ZodType<{
  store: EventStore
  readModels?: RegisterStore | undefined
  pageSize?: number | undefined
  entryTypes?: EntryCatalogue | undefined
}> = z.strictObject({
  store: z.custom<EventStore>(hasMethods('head', 'readAll', 'readStream', 'streams'), {
    message: 'must be an event store, such as memoryStore()',
  }),
  readModels: z
    .custom<RegisterStore>(hasMethods('position', 'write', 'exclusive', 'record', 'listed'), {
      message: 'must be a register store, such as memoryRegisterStore()',
    })
    .optional(),
  pageSize: z.number().int().min(1).max(100_000).optional(),
  entryTypes: z
    .custom<EntryCatalogue>(hasMethods('definition', 'upcast'), {
      message: "must be a ledger's entryTypes",
    })
    .optional(),
})
