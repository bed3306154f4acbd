import type { CreditFile } from '../../credit-file'
import type { FilterSection, Section } from '../entryFilter'

/** One item of a section, as a plain record of its view's fields. */
export type Item = Readonly<Record<string, unknown>>

/** How to read one section: its items, and each item's date, seq and end of standing. */
export interface SectionReader {
  /** Top-level fields of the section's items, for checking filters when a policy is built. */
  readonly fields: readonly string[]
  /** The section's items, in date order then seq. */
  readonly items: (file: CreditFile) => readonly Item[]
  /** The day the item took effect: the penalty, the listing, the filing, the order. */
  readonly date: (item: Item) => string
  readonly seq: (item: Item) => number
  /** The day the item stopped standing (revoked, removed, completed, resolved, voided), if it did. */
  readonly ended: (item: Item) => string | null
}

const str = (key: string) => (item: Item) => item[key] as string
const num = (key: string) => (item: Item) => item[key] as number
const opt = (key: string) => (item: Item) => (item[key] as string | null | undefined) ?? null
const never = () => null

function reader(
  fields: string,
  items: (file: CreditFile) => readonly unknown[],
  date: string,
  seq: string,
  ended: string | null,
): SectionReader {
  return {
    fields: fields.split(' '),
    items: cached(items, str(date), num(seq)),
    date: str(date),
    seq: num(seq),
    ended: ended === null ? never : opt(ended),
  }
}

const stay = 'listingSeq listedOn reason department basedOn removedOn removalReason removalSeq'

/** The readers of every section. */
export const sectionReaders: { readonly [S in Section]: SectionReader } = {
  penalties: reader(
    'seq on ref decidedOn department sanctions ground violated basis facts revoked revokedBy revokedOn revocationReason notResponsibleOn notResponsibleSeq',
    (file) => file.penalties,
    'on',
    'seq',
    'revokedOn',
  ),
  abnormalList: reader(stay, (file) => file.abnormalList, 'listedOn', 'listingSeq', 'removedOn'),
  seriousList: reader(stay, (file) => file.seriousList, 'listedOn', 'listingSeq', 'removedOn'),
  dishonestDebtor: reader(
    'listingSeq listedOn court caseNumber removedOn removalReason removalSeq',
    (file) => file.dishonestDebtor,
    'listedOn',
    'listingSeq',
    'removedOn',
  ),
  rectifications: reader(
    'seq ref orderedOn source issues deadline department completedOn completionSeq notResponsibleOn notResponsibleSeq',
    (file) => file.rectifications,
    'orderedOn',
    'seq',
    'completedOn',
  ),
  activities: reader('seq on kind description', (file) => file.activities, 'on', 'seq', null),
  commendations: reader(
    'seq on honour level awardedBy',
    (file) => file.commendations,
    'on',
    'seq',
    null,
  ),
  disclosures: reader(
    'seq on category title visibility body documentSha256 period campaign',
    (file) => file.disclosures,
    'on',
    'seq',
    null,
  ),
  objections: reader(
    'seq filedOn disputes grounds outcome resolvedOn resolutionSeq resolutionReason',
    (file) => file.objections,
    'filedOn',
    'seq',
    'resolvedOn',
  ),
  gradeHistory: reader(
    'event seq on grade from ground coolOffUntil',
    (file) => file.gradeHistory,
    'on',
    'seq',
    null,
  ),
  evaluations: reader(
    'seq on kind occasion openedBy eligibility evaluator score notice reviews outcome endedOn endSeq grade conclusion certificate',
    (file) => file.evaluations,
    'on',
    'seq',
    'endedOn',
  ),
  annualReports: reader(
    'seq year filedOn filedWith title financials audited auditFirm showsCharitableActivity',
    (file) => Object.values(file.annualReports).flat(),
    'filedOn',
    'seq',
    null,
  ),
  inspections: reader(
    'seq year on result reasons simplifiedProcedure',
    (file) => Object.values(file.inspections),
    'on',
    'seq',
    null,
  ),
  registrationChanges: reader(
    'seq on changes revokedOn revokedBy revocationGround',
    (file) => file.registration.changes,
    'on',
    'seq',
    'revokedOn',
  ),
  closures: reader(
    'seq type on status reason penalty voidedBy voidedOn',
    (file) => file.registration.closures,
    'on',
    'seq',
    'voidedOn',
  ),
  recordings: reader(
    'seq type on formedOn recordedOn',
    (file) => file.recordings,
    'formedOn',
    'seq',
    null,
  ),
  noticesServed: reader(
    'seq on ref channel purpose address atRegisteredAddress signedFor signedOn department reachedOn',
    (file) => file.noticesServed,
    'on',
    'seq',
    'reachedOn',
  ),
  partyOrganization: reader(
    'seq on status department replacedOn replacedBy',
    (file) => file.partyOrganization,
    'on',
    'seq',
    'replacedOn',
  ),
  notResponsible: reader(
    'seq on ref concerns certifiedBy department',
    (file) => file.notResponsible,
    'on',
    'seq',
    null,
  ),
  investigations: reader(
    'seq on ref department matter closedOn closingSeq outcome',
    (file) => file.investigations,
    'on',
    'seq',
    'closedOn',
  ),
  fundraisingApplications: reader(
    'seq filedOn department decision decidedOn decisionSeq',
    (file) => file.fundraisingApplications,
    'filedOn',
    'seq',
    'decidedOn',
  ),
  fundraisingPlans: reader(
    'seq filedOn recordedOn title from to emergency emergencyPhaseTo filedWith',
    (file) => file.fundraisingPlans,
    'filedOn',
    'seq',
    null,
  ),
  servicePurchases: reader(
    'seq on buyer project mode amount from to completedOn completionSeq result rating',
    (file) => file.servicePurchases,
    'on',
    'seq',
    'completedOn',
  ),
  // A qualification takes effect on its first valid day, and stops standing when cancelled.
  donationDeduction: reader(
    'seq on validFrom validTo departments lostOn lossSeq lossReason',
    (file) => file.donationDeduction,
    'validFrom',
    'seq',
    'lostOn',
  ),
  // A liquidation stops standing once the deregistration is applied for.
  liquidations: reader(
    'seq startedOn reason groupFormedUnder completedOn completionSeq appliedOn applicationSeq',
    (file) => file.liquidations,
    'startedOn',
    'seq',
    'appliedOn',
  ),
}

const hostReaders = new Map<string, SectionReader>()

/**
 * The reader of a built-in section, or of a host section (`host.workPlans`): its items are the
 * file's `host.workPlans`, dated by their effective day, and they never stop standing. A filter
 * reads `seq`, `type`, `on` and the payload's fields under `data` (`data.result`).
 */
export function readerOf(section: FilterSection): SectionReader {
  if (Object.hasOwn(sectionReaders, section)) return sectionReaders[section as Section]
  let reader = hostReaders.get(section)
  if (reader === undefined) {
    const name = section.slice('host.'.length)
    reader = hostReader(name)
    hostReaders.set(section, reader)
  }
  return reader
}

function hostReader(name: string): SectionReader {
  return reader(
    'seq type on data',
    (file) =>
      file.host !== undefined && Object.hasOwn(file.host, name) ? (file.host[name] ?? []) : [],
    'on',
    'seq',
    null,
  )
}

/**
 * Reads a section once per file and keeps it sorted by date then seq, so that repeated
 * evaluations of one file (as `nextChange` does) sort nothing twice.
 */
function cached(
  read: (file: CreditFile) => readonly unknown[],
  date: (item: Item) => string,
  seq: (item: Item) => number,
): (file: CreditFile) => readonly Item[] {
  const memo = new WeakMap<CreditFile, readonly Item[]>()
  return (file) => {
    let items = memo.get(file)
    if (items === undefined) {
      items = sortByDate(read(file) as readonly Item[], date, seq)
      memo.set(file, items)
    }
    return items
  }
}

/** The items by the date and seq their reader dates them by, as conditions such as `spaced` expect. */
function sortByDate(
  items: readonly Item[],
  date: (item: Item) => string,
  seq: (item: Item) => number,
): readonly Item[] {
  const before = (p: Item, q: Item): number => {
    const a = date(p)
    const b = date(q)
    return a < b ? -1 : a > b ? 1 : seq(p) - seq(q)
  }
  for (let i = 1; i < items.length; i++) {
    if (before(items[i - 1] as Item, items[i] as Item) > 0) return [...items].sort(before)
  }
  return items
}
