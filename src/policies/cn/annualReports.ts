import type { MonthDay, OrgKind } from '../../rules'
import type { CalendarPeriod } from '../../time'

/**
 * When annual work reports fall due nationally: the report for year Y by 31 May of Y + 1 for
 * social groups (Social Group Regulations, Art. 28) and social service organizations (Art. 23
 * of theirs), by 31 March for foundations (Foundation Regulations, Art. 36); a social service
 * organization founded less than 6 months before 31 December reports nothing for that year
 * (Order 27, Arts. 3-4); filed community groups file none. Only a filing with the registrar
 * counts: Order 60 lists an organization that has not reported to the registrar on time. The
 * one copy: the yearly duties (AI-01 to AI-03.audit), the report conditions and
 * `disclosureObligations` all read it through `cnPolicy.annualReport`.
 */
export const nationalAnnualReports: {
  readonly due: Readonly<Record<OrgKind, MonthDay | null>>
  readonly filedWith: 'registrar'
  readonly exemptIfFoundedWithin: Readonly<Partial<Record<OrgKind, CalendarPeriod>>>
} = Object.freeze({
  due: Object.freeze({
    social_group: '05-31',
    social_service_organization: '05-31',
    foundation: '03-31',
    community_group: null,
  }),
  filedWith: 'registrar',
  exemptIfFoundedWithin: Object.freeze({
    social_service_organization: Object.freeze({ months: 6 }),
  }),
})
