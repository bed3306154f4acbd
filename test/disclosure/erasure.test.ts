import { describe, expect, it } from 'vitest'
import {
  publicReport,
  renderReportHtml,
  renderReportText,
  subjectAccessReport,
  verifyReport,
} from '../../src/disclosure'
import { verifyLedger } from '../../src/proof'
import { GROUP, PEOPLE, recordedGroup, signer } from './fixtures'

const NAME = '王建国'
const ID = '310228195501010011'
const BASIS = '《个人信息保护法》第四十七条'

describe('erasePersonalData and the public report', () => {
  it('leaves no trace of the person anywhere while every proof, old and new, still verifies', async () => {
    const { ledger, store } = await recordedGroup()
    const before = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    expect(JSON.stringify(await subjectAccessReport(ledger, GROUP))).toContain(NAME)
    // Before the erasure the report shows the legal representative's name, and only that.
    expect(before.sections.basic[0]?.people?.shown).toMatchObject([
      { index: 0, field: 'role', value: 'legal_representative' },
      { index: 0, field: 'name', value: NAME },
    ])

    await ledger.erasePersonalData(GROUP, 0, {
      basis: BASIS,
      by: '上海市金山区民政局',
      effectiveAt: '2022-03-01',
    })
    const after = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const key = { publicKey: signer.publicKey }
    expect(verifyReport(before, key).success).toBe(true)
    expect(verifyReport(after, key).success).toBe(true)

    expect(after.sections.basic[0]).not.toHaveProperty('people')
    const everything = [
      JSON.stringify(after),
      renderReportText(after, { lang: 'zh-CN', verification: verifyReport(after, key) }),
      renderReportHtml(after, { lang: 'en' }),
      JSON.stringify(await subjectAccessReport(ledger, GROUP)),
    ]
    const stored: unknown[] = []
    for await (const page of store.readAll()) stored.push(...page)
    everything.push(JSON.stringify(stored), String(JSON.stringify(await store.readPersonal(0))))
    for (const text of everything) {
      for (const person of PEOPLE) {
        expect(text).not.toContain(person.name)
        expect(text).not.toContain(person.idNumber)
      }
    }
    expect(JSON.stringify(before)).not.toContain(ID)
    expect(
      verifyLedger(stored as never, [before.checkpoint, after.checkpoint], signer.publicKey)
        .success,
    ).toBe(true)
  })

  it('shows the erasure beside the entry: on which day and under which basis', async () => {
    const { ledger } = await recordedGroup()
    await ledger.erasePersonalData(GROUP, 0, {
      basis: BASIS,
      by: '上海市金山区民政局',
      effectiveAt: '2022-03-01',
    })
    const report = await publicReport(ledger, GROUP, { asOf: '2022-12-31', signer })
    expect(report.sections.basic[0]?.notes).toMatchObject([
      { type: 'PersonalDataErased', on: '2022-03-01' },
    ])
    expect(renderReportText(report, { lang: 'zh-CN' })).toContain(
      `个人信息已于 2022年3月1日依据${BASIS}删除`,
    )
    expect(renderReportText(report, { lang: 'en' })).toContain(
      `personal data erased on 2022-03-01 under ${BASIS}`,
    )
  })

  it('tells the organization what it held and when it was erased', async () => {
    const { ledger } = await recordedGroup()
    const held = (await subjectAccessReport(ledger, GROUP)).entries[0]?.personalData
    expect(held).toEqual({ state: 'held', people: PEOPLE })
    await ledger.erasePersonalData(GROUP, 0, {
      basis: BASIS,
      by: '上海市金山区民政局',
      effectiveAt: '2022-03-01',
    })
    const erased = (await subjectAccessReport(ledger, GROUP)).entries[0]?.personalData
    expect(erased).toMatchObject({ state: 'erased', on: '2022-03-01', basis: BASIS })
  })
})
