import { prng } from '../../_internal/prng'
import type { RegisterListStay, RegisterRecord } from '../../register'

const WORDS = [
  '金山',
  '老年',
  '协会',
  '文化',
  '体育',
  '基金会',
  '服务中心',
  '青少年',
  '社区',
  'AI',
  'ai',
  '%',
  '_',
]
/** Registrars' divisions the generated records use. */
export const DIVISIONS: readonly string[] = ['310116', '310115', '310101', '320102', '110105']
/** Registrars the generated records use. */
export const REGISTRARS: readonly string[] = [
  '上海市金山区民政局',
  '上海市民政局',
  '南京市民政局',
  '民政部',
]
const LEVELS = ['national', 'provincial', 'municipal', 'county']
const KINDS = ['social_group', 'social_service_organization', 'foundation']

/**
 * `count` register records from a seed, with the shapes real ones have and names built from a
 * few shared words (Latin of both cases, `%` and `_` among them), so that searches hit many and
 * must rank them. Unique by `org`.
 */
export function generatedRecords(seed: number, count: number): RegisterRecord[] {
  const random = prng(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const day = () => {
    const ms = Date.UTC(2015, 0, 1) + Math.floor(random() * 11 * 365) * 86_400_000
    return new Date(ms).toISOString().slice(0, 10)
  }
  const name = () =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(WORDS)).join('')
  return Array.from({ length: count }, (_, index) => {
    const filed = random() < 0.1
    const division = pick(DIVISIONS)
    const serial = String(index).padStart(6, '0')
    const current = name()
    const closed = random() < 0.2
    const voided = closed && random() < 0.3
    const stays: RegisterListStay[] = Array.from({ length: Math.floor(random() * 3) }, (_, s) => {
      const listedOn = day()
      const removedOn = random() < 0.6 ? later(listedOn, Math.floor(random() * 900)) : null
      const seq = index * 10 + s
      return {
        list: random() < 0.7 ? 'abnormal' : 'serious',
        seq,
        listedOn,
        removedOn,
        reason: pick(['annual_report_missing', 'unreachable', 'abnormal_two_years']),
        removalReason: removedOn === null ? null : 'obligation_fulfilled',
        rule: random() < 0.5 ? 'AB-01' : null,
        department: pick(REGISTRARS),
        entries: removedOn === null ? [seq] : [seq, seq + 1],
      }
    })
    const from = day()
    return {
      org: filed ? `F-${division}-2021-${serial}` : `51${division}MJ${serial}00`,
      idScheme: filed ? 'filing' : 'uscc',
      name: current,
      formerNames: random() < 0.3 ? [name()].filter((former) => former !== current) : [],
      kind: filed ? 'community_group' : pick(KINDS),
      registrar: pick(REGISTRARS),
      registrarLevel: filed ? null : pick(LEVELS),
      division: filed ? null : division,
      registeredOn: day(),
      status: closed && !voided ? 'deregistered' : 'active',
      closures: closed
        ? [{ status: 'deregistered', on: day(), voidedOn: voided ? day() : null }]
        : [],
      grades:
        random() < 0.4
          ? [
              {
                grade: pick(['1A', '2A', '3A', '4A', '5A']),
                from,
                until: random() < 0.3 ? later(from, 400) : null,
                validFrom: from,
                validTo: later(from, 1800),
                seq: index * 10 + 9,
              },
            ]
          : [],
      donationDeduction: [],
      stays,
      lastSeq: index * 10 + 9,
    }
  })
}

function later(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10)
}
