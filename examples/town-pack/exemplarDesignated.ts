// 树立典型: the town holds up an organization as an example, on the strength of an assessment.
import * as z from 'zod'
import { defineEntryType, type HostEntryType } from '../../src/index'
import { lineSchema, type Strict, textSchema, yearSchema } from './fields'

const exemplarData: Strict<{
  year: z.ZodNumber
  title: z.ZodString
  citation: z.ZodString
  designatedBy: z.ZodString
}> = z.strictObject({
  /** The assessment year the designation rests on. */
  year: yearSchema,
  /** The title given, e.g. 2025年度金山卫镇社会组织典型. */
  title: lineSchema,
  /** What the organization did that the town holds up (事迹). */
  citation: textSchema,
  designatedBy: lineSchema,
})

/**
 * The town designated the organization an exemplar. Its `amends` names the assessment it rests
 * on, rather than a seq in the payload, because the ledger then checks it: the entry must exist,
 * be a `jinshanwei.Assessed` of the same organization, and the designation cannot take effect
 * before it. A payload field would be taken on trust. Public, as the town publishes its
 * exemplars.
 */
export const exemplarDesignated: HostEntryType<
  'jinshanwei.ExemplarDesignated',
  typeof exemplarData
> = defineEntryType({
  type: 'jinshanwei.ExemplarDesignated',
  title: { zh: '树立典型', en: 'Designated an exemplar' },
  section: 'exemplars',
  visibility: 'public',
  recordsPastFact: true,
  amends: ['jinshanwei.Assessed'],
  data: exemplarData,
})

/** The payload of an exemplar designation. */
export type Exemplar = z.infer<typeof exemplarData>
