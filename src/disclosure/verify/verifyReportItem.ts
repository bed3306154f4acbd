import type { Issue, PlainIssueCode } from '../../errors'
import type { Checkpoint } from '../../proof'
import {
  decodeHex,
  disclosedLeafHash,
  disclosedPeopleIssues,
  toHex,
  verifyInclusion,
} from '../../proof'
import { dayOf, isIsoDate, isIsoInstant } from '../../time'
import type { ReportItem } from '../report/reportItem'
import { type ReportSection, sectionOf } from '../report/reportSections'

// Corrections, retractions and erasures fix the record for every date, so they may postdate it.
const AMENDS_THE_RECORD = new Set(['EntryCorrected', 'EntryRetracted', 'PersonalDataErased'])

/**
 * The problems with one report item: in the wrong section, of another organization or later
 * than the report's date, a shown field or person field that does not open its commitment,
 * people commitments that do not hash to the entry's `personalHash`, or a leaf that the proof
 * does not lead from to the checkpoint's root. Every message names the item.
 */
export function verifyReportItem(
  item: ReportItem,
  where: { readonly section: ReportSection; readonly index: number },
  report: { readonly org: string; readonly asOf: string },
  checkpoint: Checkpoint,
): Issue[] {
  const { entry, proof } = item
  const base = ['sections', where.section, where.index]
  const name = `${where.section} item ${where.index} (entry ${entry.seq}, ${entry.type})`
  const issues: Issue[] = []
  // Spread, so that an issue passed on keeps any fields of its kind.
  const addIssue = (issue: Issue): void => {
    issues.push({ ...issue, path: [...base, ...issue.path], message: `${name}: ${issue.message}` })
  }
  const add = (code: PlainIssueCode, path: (string | number)[], message: string): void =>
    addIssue({ code, path, message })
  if (sectionOf(entry.type) !== where.section) {
    add('wrong_section', ['entry', 'type'], `a ${entry.type} belongs in ${sectionOf(entry.type)}`)
  }
  if (entry.org !== report.org) add('wrong_org', ['entry', 'org'], `it is an entry of ${entry.org}`)
  const day = dayOrUndefined(entry.effectiveAt)
  if (day === undefined) add('malformed_entry', ['entry', 'effectiveAt'], 'not a date or instant')
  else if (day > report.asOf && !AMENDS_THE_RECORD.has(entry.type)) {
    add('after_as_of', ['entry', 'effectiveAt'], `effective ${day}, after the report's date`)
  }
  if (item.people !== undefined) {
    for (const problem of disclosedPeopleIssues(item.people, entry.personalHash)) {
      addIssue(problem)
    }
  }
  const leaf = leafOf(entry)
  if (!leaf.success) {
    for (const problem of leaf.issues) addIssue({ ...problem, path: ['entry', ...problem.path] })
    return issues
  }
  if (proof.size !== checkpoint.size) {
    add(
      'size_mismatch',
      ['proof', 'size'],
      `the proof is for size ${proof.size}, the checkpoint for ${checkpoint.size}`,
    )
  } else if (proof.seq !== entry.seq) {
    add('index_mismatch', ['proof', 'seq'], `the proof is for entry ${proof.seq}`)
  } else if (toHex(leaf.data) !== proof.leafHash) {
    add(
      'entry_changed',
      ['entry'],
      'its position fields and commitments do not hash to the proof’s leaf: one of them was changed',
    )
  } else {
    const path = proof.path.map((node) => decodeHex(node))
    if (path.some((node) => node?.length !== 32)) {
      add(
        'malformed_proof',
        ['proof', 'path'],
        'the audit path holds something other than 32-byte hex hashes',
      )
    } else if (
      !verifyInclusion(leaf.data, entry.seq, proof.size, path as Uint8Array[], checkpoint.root)
    ) {
      add(
        'not_included',
        ['proof'],
        `the audit path does not lead to the checkpoint's root at size ${proof.size}`,
      )
    }
  }
  return issues
}

function dayOrUndefined(value: string): string | undefined {
  return isIsoDate(value) || isIsoInstant(value) ? dayOf(value) : undefined
}

// A report parsed from JSON always hashes; a value built in code may hold what JSON cannot.
function leafOf(entry: ReportItem['entry']): ReturnType<typeof disclosedLeafHash> {
  try {
    return disclosedLeafHash(entry)
  } catch {
    const message = 'it holds a value that has no JSON form'
    return { success: false, issues: [{ code: 'malformed_entry', path: [], message }] }
  }
}
