import type { Issue } from '../../errors'
import type { DisclosedEntry } from '../../proof'
import { contentLeaves, contentOf } from '../../proof'
import type { DisclosurePolicy } from '../../rules'
import {
  entryVisibilityOf,
  fieldVisibilityOf,
  personFieldVisibilityOf,
} from '../policy/visibilityOf'
import type { PublicReport } from '../report/publicReport'
import { reportSections } from '../report/reportSections'

/**
 * Every entry and shown field of a report that `policy` keeps from the public, judged from the
 * report alone: an amending entry's target must be in the report, an entry is judged as
 * corrected by the corrections the report shows (as `publicView` judges it), a field's
 * visibility is the policy's for its type (and, for `target` fields, the amended entry's
 * type), and a person's field is public only for a role the report shows beside it.
 */
export function publicFieldIssues(report: PublicReport, policy: DisclosurePolicy): Issue[] {
  const typeOf = new Map<number, string>()
  const corrections: DisclosedEntry[] = []
  for (const section of reportSections) {
    for (const item of report.sections[section]) {
      typeOf.set(item.entry.seq, item.entry.type)
      if (item.entry.type === 'EntryCorrected') corrections.push(item.entry)
    }
  }
  const corrected = correctedFields(corrections)
  const issues: Issue[] = []
  for (const section of reportSections) {
    report.sections[section].forEach((item, index) => {
      const { entry } = item
      const name = `${section} item ${index} (entry ${entry.seq}, ${entry.type})`
      const base = ['sections', section, index, 'entry']
      const targetType = entry.amends === undefined ? undefined : typeOf.get(entry.amends)
      const fields = corrected.get(entry.seq)
      const asCorrected =
        fields === undefined ? entry : { ...entry, data: { ...entry.data, ...fields } }
      const visibility = entryVisibilityOf(policy, asCorrected, targetType !== undefined)
      if (visibility !== 'public') {
        const message = `${name}: ${policy.id} keeps ${entry.type} entries for ${visibility === 'internal' ? 'the organization' : 'the authorities'}`
        issues.push({ code: 'not_public', path: base, message })
        return
      }
      for (const leaf of contentLeaves(contentOf(entry))) {
        if (fieldVisibilityOf(policy, entry.type, leaf.path, targetType) === 'public') continue
        const message = `${name}: ${policy.id} keeps ${leaf.path.join('.')} from the public`
        issues.push({ code: 'not_public', path: [...base, ...leaf.path], message })
      }
      const shown = item.people?.shown ?? []
      const roles = new Map<number, string>()
      for (const field of shown) if (field.field === 'role') roles.set(field.index, field.value)
      shown.forEach((field, at) => {
        const role = roles.get(field.index)
        if (
          role !== undefined &&
          personFieldVisibilityOf(policy, entry.type, role, field.field) === 'public'
        ) {
          return
        }
        const whose = role === undefined ? 'a person whose role is not shown' : `a ${role}`
        const message = `${name}: ${policy.id} keeps the ${field.field} of ${whose} (people.${field.index}) from the public`
        const path = ['sections', section, index, 'people', 'shown', at]
        issues.push({ code: 'not_public', path, message })
      })
    })
  }
  return issues
}

// The fields each shown correction sets, merged by target in seq order, later ones winning.
function correctedFields(corrections: DisclosedEntry[]): Map<number, Record<string, unknown>> {
  const merged = new Map<number, Record<string, unknown>>()
  for (const correction of corrections.sort((a, b) => a.seq - b.seq)) {
    const fields = correction.data?.fields
    if (correction.amends === undefined || typeof fields !== 'object' || fields === null) continue
    merged.set(correction.amends, { ...merged.get(correction.amends), ...fields })
  }
  return merged
}
