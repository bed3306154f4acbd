import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../../src/credit-file/creditFileOf'
import type { Entry } from '../../../src/events/catalogue'
import { noticeServed } from '../../../src/events/types/notice'
import { at, history } from '../history'

const registered = at('2018-03-01', 'OrganizationRegistered')
const letter = (on: string, data: object = {}) => at(on, 'NoticeServed', { data })
const signed = (on: string, signedOn: string) =>
  at(on, 'NoticeServed', { data: { channel: 'in_person', signedFor: true, signedOn } })

describe('the noticesServed section', () => {
  it('keeps each notice with its channel, address and whether it was signed for', () => {
    const file = creditFileOf(history(registered, letter('2024-03-01')))
    expect(file.noticesServed).toEqual([
      {
        seq: 1,
        on: '2024-03-01',
        ref: null,
        channel: 'special_letter',
        purpose: 'contact',
        address: '上海市浦东新区世纪大道1200号3楼',
        atRegisteredAddress: true,
        signedFor: false,
        signedOn: null,
        department: '上海市浦东新区民政局',
        reachedOn: null,
      },
    ])
  })

  it('marks every earlier notice reached on the day a later one is signed for', () => {
    const file = creditFileOf(
      history(
        registered,
        letter('2024-03-01'),
        letter('2024-04-01'),
        signed('2024-06-01', '2024-06-03'),
      ),
    )
    expect(file.noticesServed.map((n) => n.reachedOn)).toEqual([
      '2024-06-03',
      '2024-06-03',
      '2024-06-03',
    ])
  })

  it('does not mark a notice reached by a signature from before it was sent', () => {
    const file = creditFileOf(
      history(registered, signed('2024-01-10', '2024-01-12'), letter('2024-03-01')),
    )
    expect(file.noticesServed.map((n) => n.reachedOn)).toEqual(['2024-01-12', null])
  })

  it('follows a correction that records a returned letter as signed for after all', () => {
    const entries = history(
      registered,
      letter('2024-03-01'),
      at('2024-03-20', 'EntryCorrected', {
        amends: 1,
        data: { fields: { signedFor: true, signedOn: '2024-03-05' }, reason: '邮局回执更正' },
      }),
    )
    expect(creditFileOf(entries).noticesServed[0]).toMatchObject({
      signedFor: true,
      signedOn: '2024-03-05',
      reachedOn: '2024-03-05',
    })
  })

  it('refuses a notice signed for without the day, and a letter without an address', () => {
    const schema = noticeServed.data
    const base = {
      channel: 'special_letter',
      purpose: 'contact',
      signedFor: false,
      department: '民政局',
    }
    expect(schema.safeParse({ ...base, signedFor: true }).error?.issues[0]?.path).toEqual([
      'address',
    ])
    expect(
      schema.safeParse({ ...base, address: '某路1号', atRegisteredAddress: true, signedFor: true })
        .error?.issues[0]?.path,
    ).toEqual(['signedOn'])
    expect(schema.safeParse({ ...base, address: '某路1号' }).error?.issues[0]?.path).toEqual([
      'atRegisteredAddress',
    ])
  })

  it('takes a notice delivered at the registered domicile without restating the address, which the registration holds', () => {
    const parsed = noticeServed.data.safeParse({
      channel: 'in_person',
      purpose: 'rectification',
      atRegisteredAddress: true,
      signedFor: true,
      signedOn: '2024-05-06',
      department: '民政局',
    })
    expect(parsed.success).toBe(true)
    const [registration, notice] = history(registered, at('2024-05-06', 'NoticeServed'))
    const file = creditFileOf([registration as Entry, { ...notice, data: parsed.data } as Entry])
    expect(file.noticesServed[0]).toMatchObject({ address: null, atRegisteredAddress: true })
  })

  it('gives each notice the first signature on or after its day, whatever the order of folding', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-05-${String(d).padStart(2, '0')}`)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.option(day, { nil: undefined })), { minLength: 1, maxLength: 8 }),
        (notices) => {
          const steps = notices.map(([on, signedOn]) =>
            signedOn === undefined ? letter(on) : signed(on, signedOn),
          )
          const file = creditFileOf(history(registered, ...steps))
          for (const notice of file.noticesServed) {
            const after = file.noticesServed
              .map((n) => n.signedOn)
              .filter((d): d is string => d !== null && d >= notice.on)
              .sort()
            expect(notice.reachedOn).toBe(after[0] ?? null)
          }
        },
      ),
    )
  })
})
