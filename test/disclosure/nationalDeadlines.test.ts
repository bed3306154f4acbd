import { describe, expect, it } from 'vitest'
import { nationalDisclosurePolicy, obligations } from '../../src/disclosure'
import { cnPolicy, nationalAnnualReports } from '../../src/policies'
import { FOUNDATION, GROUP, newLedger, registration, SERVICE } from '../ledger/fixtures'

describe('the national annual report deadlines', () => {
  it('are the national rules pack’s alone, and the duties obligations lists fall due on them', async () => {
    // The disclosure policy no longer keeps a copy of its own.
    expect('obligations' in nationalDisclosurePolicy).toBe(false)
    expect(cnPolicy.annualReport).toEqual(nationalAnnualReports)
    const { ledger } = newLedger()
    const orgs = {
      social_group: GROUP,
      social_service_organization: SERVICE,
      foundation: FOUNDATION,
    }
    for (const org of Object.values(orgs)) await ledger.append(registration(org, '2019-01-10'))
    for (const [kind, org] of Object.entries(orgs)) {
      const file = await ledger.creditFile(org, { asOf: '2021-01-02' })
      const duty = obligations(cnPolicy, file, { at: '2021-01-02' }).find(
        (d) => d.id === 'annual_report:2020',
      )
      const due = nationalAnnualReports.due[kind as keyof typeof orgs]
      expect(duty?.dueOn).toBe(`2021-${due}`)
    }
  })
})
