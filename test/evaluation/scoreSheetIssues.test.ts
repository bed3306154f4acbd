import { describe, expect, it } from 'vitest'
import { nationalComprehensiveSet } from '../../src/evaluation/nationalComprehensiveSet'
import { scoreSheetIssues } from '../../src/evaluation/scoreSheetIssues'

const set = nationalComprehensiveSet

describe('scoreSheetIssues', () => {
  it('accepts a partial sheet within every maximum, and a total that adds up', () => {
    const points = { 'basic.legal_person': 30, 'basic.charter': 18.5, 'social.honours': 0 }
    expect(scoreSheetIssues(set, points)).toEqual([])
    expect(scoreSheetIssues(set, points, 48.5)).toEqual([])
  })

  it('names an unknown indicator, points above the maximum and negative points', () => {
    expect(
      scoreSheetIssues(set, {
        'basic.legal_person': 31,
        'basic.charter': -1,
        'basic.mission': 10,
        'basic.registration': Number.NaN,
      }),
    ).toEqual([
      {
        code: 'above_maximum',
        path: ['points', 'basic.legal_person'],
        message:
          'basic.legal_person earns at most 30 points under cn-comprehensive-2011-local, not 31',
      },
      {
        code: 'negative_points',
        path: ['points', 'basic.charter'],
        message: 'basic.charter cannot score -1 points',
      },
      {
        code: 'unknown_indicator',
        path: ['points', 'basic.mission'],
        message: 'cn-comprehensive-2011-local has no indicator basic.mission',
      },
      {
        code: 'invalid_points',
        path: ['points', 'basic.registration'],
        message: 'basic.registration needs a number of points',
      },
    ])
  })

  it('refuses a total that does not add up', () => {
    expect(scoreSheetIssues(set, { 'basic.legal_person': 30, 'basic.charter': 20 }, 60)).toEqual([
      {
        code: 'total_mismatch',
        path: ['total'],
        message: 'the points add up to 50, not the 60 the sheet gives',
      },
    ])
  })

  it('adds up to at most 1000 for a full sheet at every maximum', () => {
    const full = Object.fromEntries(
      set.categories.flatMap((c) => c.indicators.map((i) => [i.id, i.maxPoints])),
    )
    expect(scoreSheetIssues(set, full, 1000)).toEqual([])
  })
})
