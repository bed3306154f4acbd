import type { RegisterListStay, RegisterRecord } from './registerRecord'

/** Whether the organization was registered or filed by the day. */
export function registeredBy(record: RegisterRecord, day: string): boolean {
  return record.registeredOn <= day
}

/** The organization's status on the day: that of the latest closure in force, else active. */
export function statusOn(record: RegisterRecord, day: string): string {
  let status = 'active'
  let since = ''
  for (const closure of record.closures) {
    const inForce = closure.on <= day && (closure.voidedOn === null || closure.voidedOn > day)
    if (inForce && closure.on >= since) {
      status = closure.status
      since = closure.on
    }
  }
  return status
}

/** The grade held and valid on the day, if any. */
export function gradeOn(record: RegisterRecord, day: string): string | null {
  for (const span of record.grades) {
    const held = span.from <= day && (span.until === null || day < span.until)
    if (held && span.validFrom <= day && day <= span.validTo) return span.grade
  }
  return null
}

/**
 * Whether the organization held the donation deduction qualification on the day (JR-07): it was
 * active (not closed), a confirmed period covers the day and the qualification was not cancelled
 * by then.
 */
export function deductionOn(record: RegisterRecord, day: string): boolean {
  if (statusOn(record, day) !== 'active') return false
  return (record.donationDeduction ?? []).some(
    (span) =>
      span.validFrom <= day && day <= span.validTo && (span.lostOn === null || span.lostOn > day),
  )
}

/** Whether a stay was in force on the day: listed on or before it and not removed by it. */
export function stayOn(stay: RegisterListStay, day: string): boolean {
  return stay.listedOn <= day && (stay.removedOn === null || stay.removedOn > day)
}
