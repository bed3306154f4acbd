import * as z from 'zod'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, type Opt, type Strict, textSchema } from './fields'

/** The sorts of activity that show an organization is alive (against DR-02, DR-08, AI-09). */
export const activityKinds = [
  'general_assembly',
  'council_meeting',
  'supervisory_meeting',
  'service',
  'project',
  'training',
  'event',
  'other',
] as const

/** A sort of activity. */
export type ActivityKind = (typeof activityKinds)[number]

const activityHeldData: Strict<{
  kind: Enum<ActivityKind>
  description: z.ZodString
  participants: Opt<z.ZodNumber>
}> = z.strictObject({
  kind: z.enum(activityKinds),
  description: textSchema,
  participants: z.number().int().positive().optional(),
})

/** The organization held a meeting or carried out a service or project, on `effectiveAt`. */
export const activityHeld: EntryTypeDefinition<'ActivityHeld', typeof activityHeldData> =
  builtInEntryType({
    type: 'ActivityHeld',
    recordsPastFact: true,
    data: activityHeldData,
    category: 'other',
    title: { en: 'Activity held', zh: '开展活动' },
  })

/** What the activity was. */
export type ActivityHeldData = z.infer<typeof activityHeldData>
