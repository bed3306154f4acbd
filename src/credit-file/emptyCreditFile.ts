import type { CreditFileDraft } from './creditFile'
import { emptyIdentity } from './sections/identity'

/**
 * A fresh file with every field present, so files share one object shape however they were
 * built; the fold fills it in place.
 */
export function emptyCreditFile(asOf: string | null, knownAt: string | null): CreditFileDraft {
  return {
    org: '',
    idScheme: null,
    asOf,
    knownAt,
    version: 0,
    lastSeq: null,
    through: null,
    status: 'active',
    closedBy: null,
    identity: emptyIdentity(),
    registration: { opened: null, changes: [], closures: [] },
    annualReports: {},
    inspections: {},
    grade: null,
    gradeHistory: [],
    evaluations: [],
    commendations: [],
    penalties: [],
    abnormalList: [],
    onAbnormalList: false,
    seriousList: [],
    onSeriousList: false,
    dishonestDebtor: [],
    onDishonestDebtorList: false,
    rectifications: [],
    activities: [],
    disclosures: [],
    objections: [],
    corrections: {},
    erasures: {},
    migrated: {},
    recordings: [],
    host: {},
    noticesServed: [],
    partyOrganization: [],
    notResponsible: [],
    investigations: [],
    fundraisingApplications: [],
    fundraisingGrants: [],
    fundraisingPlans: [],
    servicePurchases: [],
    donationDeduction: [],
    liquidations: [],
  }
}
