import { parseOrganizationId } from '../../identity'
import { fieldLabel, formatValue } from '../render/formatValue'
import type { ReportLabels } from '../render/reportLabels'
import { ItemReader, inSchemaOrder, peopleShown } from './itemReader'
import type { PublicReport } from './publicReport'
import { reportDay } from './reportDay'
import type { ReportItem } from './reportItem'
import type { ReportSection } from './reportSections'

/** One line of the basic information: a label, its value, and the item it comes from. */
export interface FieldView {
  readonly label: string
  readonly value: string
  /** The original value and the day it was corrected, beside a corrected value. */
  readonly note?: string
  readonly seq?: number
  readonly section?: ReportSection
}

// The platform's order; fields it does not name follow in the order of the entry's schema.
const REGISTERED = [
  'name',
  'org',
  'kind',
  'registrar',
  'supervisingUnit',
  'registeredOn',
  'domicile',
  'registeredFunds',
  'people',
  'scope',
  'certificateNumber',
  'charity',
  'fundraising',
]
const FILED = [
  'name',
  'org',
  'kind',
  'filingAuthority',
  'region',
  'regionCode',
  'filedOn',
  'domicile',
  'people',
]

// The payload field each particular of a change registration sets.
const CHANGES: Readonly<Record<string, string>> = {
  name: 'name',
  domicile: 'domicile',
  registered_funds: 'registeredFunds',
  scope: 'scope',
  supervising_unit: 'supervisingUnit',
  registrar: 'registrar',
  foundation_kind: 'foundationKind',
}

/**
 * The basic information as the platform lists it, each value as it stands on the report's
 * day: the registration (or filing) with the change registrations shown applied, unless a
 * change was itself revoked, and every correction shown; the legal representative last named;
 * charity recognition and the fundraising qualification.
 */
export function basicInformation(
  report: PublicReport,
  labels: ReportLabels,
  bySeq: ReadonlyMap<number, ReportItem>,
): {
  readonly name: string | null
  readonly orgLabel: string
  readonly fields: readonly FieldView[]
} {
  const basic = report.sections.basic
  const opening = basic.find((item) => /^Organization(Registered|Filed)$/.test(item.entry.type))
  const filed = opening?.entry.type === 'OrganizationFiled'
  const id = parseOrganizationId(report.org)
  const fields = new Map<string, FieldView>()
  const orgLabel = id.success && id.data.scheme === 'filing' ? labels.filingId : labels.org
  fields.set('org', { label: orgLabel, value: report.org })
  const from = (item: ReportItem, section: ReportSection) => ({ seq: item.entry.seq, section })
  if (opening !== undefined) {
    const reader = new ItemReader(opening, labels, bySeq)
    const source = from(opening, 'basic')
    for (const key of inSchemaOrder(opening.entry.type, Object.keys(opening.entry.data ?? {}))) {
      const cell = reader.field(key, (value) => valueText(key, value, labels))
      if (cell !== undefined)
        fields.set(key, {
          label: labelOf(key, labels),
          value: cell.text,
          ...note(cell.note),
          ...source,
        })
    }
    if (!filed && !fields.has('supervisingUnit') && !hidden(opening, 'supervisingUnit')) {
      fields.set('supervisingUnit', {
        label: labelOf('supervisingUnit', labels),
        value: labels.basic.none,
        ...source,
      })
    }
    fields.set(filed ? 'filedOn' : 'registeredOn', {
      label: filed ? labels.basic.filedOn : labels.basic.registeredOn,
      value: labels.date(reportDay(opening.entry.effectiveAt)),
      ...source,
    })
    const kind = fields.get('kind')
    if (filed) {
      fields.set('kind', {
        label: labels.basic.kind,
        value: formatValue('community_group', labels),
        ...source,
      })
    } else if (kind !== undefined) {
      fields.set('kind', { ...kind, label: labels.basic.kind })
    }
    setPeople(fields, opening, labels, 'basic')
  }
  for (const change of report.sections.notices) {
    if (change.entry.type !== 'RegistrationChanged') continue
    if (change.notes.some((note) => note.type === 'ChangeRegistrationRevoked')) continue
    const reader = new ItemReader(change, labels, bySeq)
    const changes = reader.value('changes')
    for (const each of Array.isArray(changes) ? changes : []) {
      const { field, after } = (each ?? {}) as { field?: unknown; after?: unknown }
      const key =
        typeof field === 'string' && Object.hasOwn(CHANGES, field) ? CHANGES[field] : undefined
      if (key === undefined) continue
      fields.set(key, {
        label: labelOf(key, labels),
        value: after === undefined ? labels.basic.none : valueText(key, after, labels),
        ...from(change, 'notices'),
      })
    }
    setPeople(fields, change, labels, 'notices')
  }
  for (const item of basic) {
    const { type } = item.entry
    const on = reportDay(item.entry.effectiveAt)
    if (type === 'CharityRecognized') {
      const by = item.entry.data?.department
      const value = labels.basic.charitySince(on, typeof by === 'string' ? by : undefined)
      fields.set('charity', { label: labels.basic.charity, value, ...from(item, 'basic') })
    } else if (type === 'PublicFundraisingQualificationGranted') {
      const value = labels.basic.fundraisingSince(on, item.entry.ref)
      fields.set('fundraising', { label: labels.basic.fundraising, value, ...from(item, 'basic') })
    } else if (item !== opening) {
      const value = new ItemReader(item, labels, bySeq).rest().join(labels.separator)
      fields.set(`seq:${item.entry.seq}`, {
        label: new ItemReader(item, labels, bySeq).title,
        value,
        ...from(item, 'basic'),
      })
    }
  }
  for (const item of report.sections.penalties) {
    if (item.entry.type !== 'PublicFundraisingQualificationRevoked' || !fields.has('fundraising'))
      continue
    const value = labels.basic.fundraisingRevoked(reportDay(item.entry.effectiveAt))
    fields.set('fundraising', {
      label: labels.basic.fundraising,
      value,
      ...from(item, 'penalties'),
    })
  }
  const order = filed ? FILED : REGISTERED
  const rank = (key: string) => {
    const at = order.indexOf(key.startsWith('person:') ? 'people' : key)
    return at < 0 ? order.length : at
  }
  return {
    name: fields.get('name')?.value ?? null,
    orgLabel,
    fields: [...fields.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, field]) => field),
  }
}

function labelOf(key: string, labels: ReportLabels): string {
  return key === 'registeredFunds' ? labels.basic.funds : fieldLabel(key, labels)
}

function valueText(key: string, value: unknown, labels: ReportLabels): string {
  return key === 'registeredFunds' && typeof value === 'number'
    ? labels.funds(value)
    : formatValue(value, labels)
}

function note(text: string | undefined): { note?: string } {
  return text === undefined ? {} : { note: text }
}

// Each role shown once, the last item naming it winning: a change of legal representative
// replaces the one registered.
function setPeople(
  fields: Map<string, FieldView>,
  item: ReportItem,
  labels: ReportLabels,
  section: ReportSection,
): void {
  for (const person of peopleShown(item, labels)) {
    fields.set(`person:${person.role ?? person.label}`, {
      label: person.label,
      value: person.value,
      seq: item.entry.seq,
      section,
    })
  }
}

// A field the entry commits to but the report does not show: kept from the public, not absent.
function hidden(item: ReportItem, key: string): boolean {
  const committed = item.entry.commitments?.data
  return typeof committed === 'object' && committed !== null && Object.hasOwn(committed, key)
}
