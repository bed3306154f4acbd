import type { ReportLabels } from './reportLabels'

/** A field's label in the report's language: the dictionary's, or the key in words. */
export function fieldLabel(key: string, labels: ReportLabels): string {
  return labels.fields[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/**
 * A field's value as one line of text: enum values in words, provisions as instrument and
 * article, sanctions with their amounts, periods as ranges, nested fields as `label: value`.
 */
export function formatValue(value: unknown, labels: ReportLabels): string {
  if (value === null || value === undefined) return labels.empty
  if (typeof value === 'boolean') return value ? labels.yes : labels.no
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string')
    return (
      labels.values[value] ??
      (/^[a-z]+(_[a-z]+)+$/.test(value) ? value.replaceAll('_', ' ') : value)
    )
  if (Array.isArray(value)) return value.map((item) => formatValue(item, labels)).join('; ')
  if (typeof value !== 'object') return String(value)
  const record = value as Record<string, unknown>
  if (typeof record.instrument === 'string')
    return `${record.instrument}${typeof record.article === 'string' ? ` ${record.article}` : ''}`
  if (
    typeof record.kind === 'string' &&
    Object.keys(record).every((key) =>
      ['kind', 'amount', 'months', 'from', 'to', 'what'].includes(key),
    )
  ) {
    const extra = [
      typeof record.amount === 'number' ? `¥${record.amount}` : '',
      typeof record.months === 'number'
        ? `${record.months} ${labels.values.months ?? 'months'}`
        : '',
      typeof record.from === 'string' && typeof record.to === 'string'
        ? `${record.from} – ${record.to}`
        : '',
      typeof record.what === 'string' ? `(${record.what})` : '',
    ].filter((part) => part !== '')
    return [formatValue(record.kind, labels), ...extra].join(' ')
  }
  if (
    typeof record.from === 'string' &&
    typeof record.to === 'string' &&
    Object.keys(record).length === 2
  ) {
    return `${record.from} – ${record.to}`
  }
  if (typeof record.field === 'string') {
    const before = record.before === undefined ? '' : `${formatValue(record.before, labels)} → `
    return `${formatValue(record.field, labels)}: ${before}${formatValue(record.after, labels)}`
  }
  return Object.entries(record)
    .map(([key, item]) => `${fieldLabel(key, labels)}: ${formatValue(item, labels)}`)
    .join('; ')
}
