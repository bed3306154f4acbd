import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gradeValidity } from '../../src/evaluation/gradeValidity'
import { validityIssues } from '../../src/evaluation/validityIssues'
import { announcementDay, dayBetween } from './arbitraries'

describe('validityIssues', () => {
  it('finds nothing wrong with a validity left to the measures, or one that repeats them', () => {
    expect(validityIssues({ announcedOn: '2021-05-20' })).toEqual([])
    const stated = { validFrom: '2021-05-20', validTo: '2026-05-19' }
    expect(validityIssues({ announcedOn: '2021-05-20', ...stated })).toEqual([])
  })

  it('names the day that disagrees, with both the stated and the derived day', () => {
    const issues = validityIssues({
      announcedOn: '2021-05-20',
      validFrom: '2022-01-01',
      validTo: '2026-12-31',
    })
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'validity_disagrees', path: ['validFrom'] },
      { code: 'validity_disagrees', path: ['validTo'] },
    ])
    expect(issues[1]?.message).toBe(
      'under the 2011 measures a grade announced on 2021-05-20 is valid from 2021-05-20 to 2026-05-19, so its validity ends on 2026-05-19; the entry states 2026-12-31',
    )
  })

  it('refuses the 2011 arithmetic for a grade announced under the 2026 measures', () => {
    expect(
      validityIssues({ announcedOn: '2026-06-10', validFrom: '2026-06-10', validTo: '2031-06-09' }),
    ).toMatchObject([
      { code: 'validity_disagrees', path: ['validFrom'] },
      { code: 'validity_disagrees', path: ['validTo'] },
    ])
  })

  it('needs both days before 2011-03-01, when no measures set them', () => {
    expect(validityIssues({ announcedOn: '2010-12-01' })).toMatchObject([
      { code: 'validity_required', path: ['validFrom'] },
      { code: 'validity_required', path: ['validTo'] },
    ])
    expect(
      validityIssues({ announcedOn: '2010-12-01', validFrom: '2010-12-01', validTo: '2013-12-31' }),
    ).toEqual([])
  })

  it('finds an issue exactly when a stated day differs from the derived one', () => {
    fc.assert(
      fc.property(announcementDay, dayBetween('2011-01-01', '2036-12-31'), (day, validTo) => {
        const derived = gradeValidity(day)
        const issues = validityIssues({ announcedOn: day, validTo })
        expect(issues.length > 0).toBe(derived?.validTo !== validTo)
      }),
    )
  })

  it('reports an announcement whose validity would pass 9999 at the announcement', () => {
    expect(validityIssues({ announcedOn: '9999-06-01' })).toMatchObject([{ path: ['announcedOn'] }])
  })
})
