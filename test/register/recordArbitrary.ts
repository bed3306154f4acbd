import fc from 'fast-check'
import type { RegisterListStay, RegisterRecord } from '../../src/register'
import { DIVISIONS, REGISTRARS } from '../../src/testing/register/generatedRecords'

const NAMES = [
  '金山卫镇',
  '老年',
  '协会',
  '文化',
  '体育',
  '基金会',
  '服务中心',
  '青少年',
  '社区',
  '互助',
]
const day = fc
  .integer({ min: 0, max: 11 * 365 })
  .map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
const name = fc
  .array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 })
  .map((p) => p.join(''))

const stay: fc.Arbitrary<RegisterListStay> = fc
  .record({
    list: fc.constantFrom('abnormal' as const, 'serious' as const),
    seq: fc.nat(100_000),
    listedOn: day,
    removedAfter: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
    reason: fc.constantFrom('annual_report_not_filed', 'unreachable', 'revoked_registration'),
    rule: fc.option(fc.constantFrom('AB-01', 'SL-05'), { nil: null }),
    department: fc.constantFrom(...REGISTRARS),
  })
  .map(({ removedAfter, ...s }) => {
    const removedOn =
      removedAfter === null
        ? null
        : new Date(Date.parse(s.listedOn) + removedAfter * 86_400_000).toISOString().slice(0, 10)
    return {
      ...s,
      removedOn,
      removalReason: removedOn === null ? null : 'corrected',
      entries: removedOn === null ? [s.seq] : [s.seq, s.seq + 1],
    }
  })

/**
 * Random register records with the shapes real ones have: USCC or filing ids, names made of
 * common Chinese words (so searches hit many), closures, grade stretches and list stays. The
 * records are unique by `org`.
 */
export function registerRecords(maxLength = 60): fc.Arbitrary<RegisterRecord[]> {
  const record = fc.record({
    filed: fc.boolean(),
    name,
    formerNames: fc.array(name, { maxLength: 2 }),
    kind: fc.constantFrom('social_group', 'social_service_organization', 'foundation'),
    registrar: fc.constantFrom(...REGISTRARS),
    level: fc.constantFrom('national', 'provincial', 'municipal', 'county'),
    division: fc.constantFrom(...DIVISIONS),
    registeredOn: day,
    closure: fc.option(
      fc.record({
        status: fc.constantFrom('deregistered' as const, 'revoked' as const, 'banned' as const),
        on: day,
        voidedOn: fc.option(day, { nil: null }),
      }),
      { nil: null },
    ),
    grade: fc.option(
      fc.record({
        grade: fc.constantFrom('1A', '2A', '3A', '4A', '5A'),
        from: day,
        until: fc.option(day, { nil: null }),
        validFrom: day,
        validTo: day,
        seq: fc.nat(100_000),
      }),
      { nil: null },
    ),
    stays: fc.array(stay, { maxLength: 3 }),
    deduction: fc.array(
      fc.record({
        validFrom: day,
        validTo: day,
        lostOn: fc.option(day, { nil: null }),
        seq: fc.nat(100_000),
      }),
      { maxLength: 2 },
    ),
  })
  return fc
    .uniqueArray(fc.tuple(fc.integer({ min: 1, max: 999_999 }), record), {
      selector: ([n]) => n,
      maxLength,
    })
    .map((rows) =>
      rows.map(([n, r], index) => {
        const serial = String(n).padStart(6, '0')
        const org = r.filed ? `F-${r.division}-2021-${serial}` : `51${r.division}MJ${serial}00`
        const closures = r.closure === null ? [] : [r.closure]
        return {
          org,
          idScheme: r.filed ? ('filing' as const) : ('uscc' as const),
          name: r.name,
          formerNames: r.formerNames.filter((former) => former !== r.name),
          kind: r.filed ? 'community_group' : r.kind,
          registrar: r.registrar,
          registrarLevel: r.filed ? null : r.level,
          division: r.filed ? null : r.division,
          registeredOn: r.registeredOn,
          status: r.closure === null || r.closure.voidedOn !== null ? 'active' : r.closure.status,
          closures,
          grades: r.grade === null ? [] : [r.grade],
          donationDeduction: r.deduction,
          stays: r.stays,
          lastSeq: index,
        }
      }),
    )
}
