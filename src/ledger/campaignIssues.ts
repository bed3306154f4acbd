import type { Issue } from '../errors'
import type { EntryEnvelope } from '../events'

type Target = Pick<EntryEnvelope, 'org' | 'type'>

/**
 * The issue of a disclosure whose `campaign` is not an earlier `FundraisingPlanFiled` of the
 * same organization: a seq that does not exist, or another organization's entry, or an entry of
 * another type. `under` is where the campaign sits in the input (`data`, or a correction's
 * `data.fields`).
 */
export async function campaignIssues(
  org: string,
  campaign: number,
  under: readonly string[],
  lookup: (seq: number) => Promise<Target | undefined>,
): Promise<Issue[]> {
  const target = await lookup(campaign)
  const message =
    target === undefined
      ? `entry ${campaign} does not exist`
      : target.org !== org
        ? `entry ${campaign} belongs to ${target.org}, not ${org}`
        : target.type !== 'FundraisingPlanFiled'
          ? `entry ${campaign} is a ${target.type}, not the FundraisingPlanFiled of a campaign`
          : undefined
  if (message === undefined) return []
  return [{ code: 'unknown_campaign', path: [...under, 'campaign'], message }]
}
