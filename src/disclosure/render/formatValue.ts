import type { ReportLabels } from './reportLabels'

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** A field's label in the report's language: the dictionary's, or the key in words. */
export function fieldLabel(key: string, labels: ReportLabels): string {
  if (Object.hasOwn(labels.fields, key)) return labels.fields[key] as string
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * A field's value as one line of text in the report's language: enum values in words, days as
 * the language writes them, provisions as instrument and article, sanctions with their amounts,
 * periods as ranges, nested fields as `label：value`.
 */
export function formatValue(value: unknown, labels: ReportLabels): string {
  if (value === null || value === undefined) return labels.empty
  if (typeof value === 'boolean') return value ? labels.yes : labels.no
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') {
    if (ISO_DAY.test(value)) return labels.date(value)
    if (Object.hasOwn(labels.values, value)) return labels.values[value] as string
    return /^[a-z]+(_[a-z]+)+$/.test(value) ? value.replaceAll('_', ' ') : value
  }
  if (Array.isArray(value)) {
    const parts = value.map((item) => formatValue(item, labels))
    const plain = value.every((item) => typeof item !== 'object' || item === null)
    return parts.join(plain || value.every(isSanction) ? labels.listSeparator : labels.separator)
  }
  if (typeof value !== 'object') return String(value)
  const record = value as Record<string, unknown>
  if (typeof record.instrument === 'string') {
    return labels.provision(
      record.instrument,
      typeof record.article === 'string' ? record.article : undefined,
    )
  }
  if (isSanction(record)) return sanctionText(record, labels)
  if (
    typeof record.from === 'string' &&
    typeof record.to === 'string' &&
    Object.keys(record).length === 2
  ) {
    return labels.range(record.from, record.to)
  }
  if (typeof record.field === 'string') {
    const side = (part: unknown) => (part === undefined ? undefined : formatValue(part, labels))
    return labels.change(changeLabel(record.field, labels), side(record.before), side(record.after))
  }
  return Object.entries(record)
    .map(([key, item]) => `${fieldLabel(key, labels)}${labels.colon}${formatValue(item, labels)}`)
    .join(labels.separator)
}

function isSanction(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    typeof record.kind === 'string' &&
    Object.keys(record).every((key) =>
      ['kind', 'amount', 'months', 'from', 'to', 'what'].includes(key),
    )
  )
}

// 罚款5,000元, 限期停止活动3个月（2021年1月1日至2021年3月31日）, 没收违法所得1,200元（电脑两台）.
function sanctionText(record: Record<string, unknown>, labels: ReportLabels): string {
  const joiner = labels.language === 'zh-CN' ? '' : ' '
  const parts = [formatValue(record.kind, labels)]
  if (typeof record.amount === 'number') parts.push(labels.yuan(record.amount))
  if (typeof record.months === 'number') parts.push(labels.months(record.months))
  const asides: string[] = []
  if (typeof record.from === 'string' && typeof record.to === 'string') {
    asides.push(labels.range(record.from, record.to))
  }
  if (typeof record.what === 'string') asides.push(record.what)
  return `${parts.join(joiner)}${asides.map((aside) => labels.aside(aside)).join('')}`
}

// The particulars a change registration names, in the words of the fields they change.
const CHANGED_FIELD: Readonly<Record<string, string>> = {
  name: 'name',
  domicile: 'domicile',
  registered_funds: 'registeredFunds',
  scope: 'scope',
  supervising_unit: 'supervisingUnit',
  registrar: 'registrar',
  foundation_kind: 'foundationKind',
}

/** The label of a particular a change registration altered (`domicile` → 住所). */
export function changeLabel(field: string, labels: ReportLabels): string {
  return Object.hasOwn(CHANGED_FIELD, field)
    ? fieldLabel(CHANGED_FIELD[field] as string, labels)
    : formatValue(field, labels)
}
