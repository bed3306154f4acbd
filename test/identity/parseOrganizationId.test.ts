import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateFilingId } from '../../src/identity/filingId'
import { parseOrganizationId } from '../../src/identity/parseOrganizationId'
import { validateUscc } from '../../src/identity/validateUscc'
import { validFilingId, validUscc } from './arbitraries'

describe('parseOrganizationId', () => {
  it('tags a USCC with scheme uscc and keeps its decoded fields', () => {
    const result = parseOrganizationId('53100000500021676K')
    expect(result).toEqual({
      success: true,
      data: { scheme: 'uscc', ...(validateUscc('53100000500021676K') as { data: object }).data },
    })
  })

  it('tags a filing id with scheme filing and keeps its decoded fields', () => {
    const result = parseOrganizationId('F-310116-2021-0042')
    expect(result.success && result.data).toMatchObject({
      scheme: 'filing',
      code: 'F-310116-2021-0042',
      localNumber: '2021-0042',
    })
  })

  it('returns the issues of the scheme the id looks like', () => {
    expect(parseOrganizationId('53100000500020462H')).toEqual(validateUscc('53100000500020462H'))
    expect(parseOrganizationId('f-310116-1')).toEqual(validateFilingId('f-310116-1'))
    expect(parseOrganizationId('F310116')).toEqual(validateFilingId('F310116'))
  })

  it('never mistakes one scheme for the other', () => {
    fc.assert(
      fc.property(validUscc, validFilingId, (uscc, filing) => {
        expect(parseOrganizationId(uscc)).toMatchObject({ success: true, data: { scheme: 'uscc' } })
        expect(parseOrganizationId(filing)).toMatchObject({
          success: true,
          data: { scheme: 'filing' },
        })
        expect(validateFilingId(uscc).success).toBe(false)
        expect(validateUscc(filing).success).toBe(false)
      }),
    )
  })
})
