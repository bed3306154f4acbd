import { describe, expect, it } from 'vitest'
import { parseImportMapping } from '../../src/import'
import { importKey } from '../../src/import/importKey'
import { mapRow } from '../../src/import/mapRow'
import {
  GROUP,
  inspectionMapping,
  inspectionRow,
  registrationRow,
  registryMapping,
} from './fixtures'

const penaltyRow = {
  line: 11,
  values: {
    记录类型: '处罚',
    统一社会信用代码: ' 51330106mj0003a281 ',
    处罚决定书文号: '西民罚决字〔2021〕3号',
    处罚日期: '2021年8月12日',
    处罚种类: '罚款',
    罚款金额: '¥5,000',
    违法类型: '其他',
    违法事实: '以评比表彰名义收取费用',
    违反法规: '《社会团体登记管理条例》',
    违反条款: null,
    作出处罚机关: '杭州市西湖区民政局',
    录入日期: '2021年8月13日',
  },
}

describe('mapRow', () => {
  it('makes a row an entry input: nested paths, value maps, conversions, fixed values and people', () => {
    expect(mapRow(registrationRow(2, GROUP), registryMapping, false)).toEqual({
      success: true,
      data: {
        org: GROUP,
        type: 'OrganizationRegistered',
        effectiveAt: '2015-03-02',
        by: '杭州市西湖区民政局',
        data: {
          name: '杭州市西湖区文化促进会',
          kind: 'social_group',
          registrar: '杭州市西湖区民政局',
          registrarLevel: 'county',
          domicile: '杭州市西湖区文三路199号',
          registeredFunds: 30_000,
          certificateNumber: '浙杭西社证字第0002号',
        },
        personal: [{ role: 'legal_representative', name: '陈建平' }],
      },
    })
  })

  it('tidies the organization id, builds lists and objects from paths, and leaves out optional empty cells', () => {
    const mapped = mapRow(penaltyRow, registryMapping, false)
    expect(mapped).toMatchObject({
      success: true,
      data: {
        org: GROUP,
        ref: '西民罚决字〔2021〕3号',
        data: {
          sanctions: [{ kind: 'fine', amount: 5000 }],
          ground: 'other',
          violated: { instrument: '《社会团体登记管理条例》' },
          decidedOn: '2021-08-12',
        },
      },
    })
  })

  it('keeps the case of a filing id, which the ledger compares exactly', () => {
    const row = {
      line: 2,
      values: {
        统一社会信用代码: ' F-330106-2021-xh07 ',
        年检日期: '2020-06-30',
        年检年度: '2019',
        年检结论: '合格',
      },
    }
    expect(mapRow(row, inspectionMapping, false)).toMatchObject({
      data: { org: 'F-330106-2021-xh07' },
    })
  })

  it('splits a cell into a list', () => {
    const row = inspectionRow(3, GROUP, 2019, '基本合格')
    const values = { ...row.values, 年检意见: '财务管理不规范；；未按期换届 ' }
    expect(mapRow({ ...row, values }, registryMapping, false)).toMatchObject({
      success: true,
      data: { data: { reasons: ['财务管理不规范', '未按期换届'] } },
    })
  })

  it('gives every mapping issue of a row at its column', () => {
    const row = inspectionRow(7, GROUP, 2019, '待定')
    const values = { ...row.values, 年检日期: '2020年6月31日', 年检年度: '去年' }
    const mapped = mapRow({ ...row, values }, registryMapping, false)
    expect(mapped.success ? [] : mapped.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'invalid_date', path: ['年检日期'] },
      { code: 'invalid_year', path: ['年检年度'] },
      { code: 'unmapped_value', path: ['年检结论'] },
    ])
  })

  it('says when a required cell is empty, and when the row has no such column', () => {
    const row = registrationRow(4, GROUP)
    const { 住所: _, ...withoutDomicile } = row.values
    const mapped = mapRow(
      { ...row, values: { ...withoutDomicile, 名称: ' ' } },
      registryMapping,
      false,
    )
    expect(mapped.success ? [] : mapped.issues.map((issue) => issue.message)).toEqual([
      '名称 is empty, and data.name needs a value',
      'there is no column 住所 (for data.domicile)',
    ])
  })

  it('refuses a row whose kind the mapping does not know, or whose kind cell is empty', () => {
    const row = registrationRow(5, GROUP)
    for (const [kind, code] of [
      ['变更', 'unknown_row_kind'],
      [null, 'missing_value'],
    ] as const) {
      const mapped = mapRow(
        { ...row, values: { ...row.values, 记录类型: kind } },
        registryMapping,
        false,
      )
      expect(mapped).toEqual({
        success: false,
        issues: [expect.objectContaining({ code, path: ['记录类型'] })],
      })
    }
  })

  it('takes one kind for every row of a sheet without a kind column', () => {
    const row = {
      line: 2,
      values: { 统一社会信用代码: GROUP, 年检日期: 43_997, 年检年度: 2019, 年检结论: '合格' },
    }
    expect(mapRow(row, inspectionMapping, false)).toMatchObject({
      success: true,
      data: {
        type: 'AnnualInspectionConcluded',
        effectiveAt: '2020-06-15',
        by: '杭州市西湖区民政局',
      },
    })
  })

  it('adds the day the other system recorded the row, and the system, for a migration', () => {
    const mapped = mapRow(registrationRow(2, GROUP), registryMapping, true)
    expect(mapped).toMatchObject({
      success: true,
      data: { migrated: { recordedAt: '2015-03-04', source: '杭州市西湖区社会组织管理信息系统' } },
    })
  })

  it('never lets a row change the mapping it was made with', () => {
    const mapping = parseImportMapping({
      ...inspectionMapping,
      kinds: [
        {
          ...inspectionMapping.kinds[0],
          data: {
            ...inspectionMapping.kinds[0]?.data,
            reasons: { value: ['财务管理不规范'] },
            'reasons.1': { column: '年检意见' },
          },
        },
      ],
    })
    const row = {
      line: 2,
      values: {
        统一社会信用代码: GROUP,
        年检日期: '2020-06-30',
        年检年度: '2019',
        年检结论: '合格',
        年检意见: '未按期换届',
      },
    }
    expect(mapRow(row, mapping, false)).toMatchObject({
      data: { data: { reasons: ['财务管理不规范', '未按期换届'] } },
    })
    expect(mapping.kinds[0]?.data.reasons).toEqual({ value: ['财务管理不规范'] })
  })
})

describe('importKey', () => {
  it('is the same for the same content in any key order, differs by source, and counts people without naming them', () => {
    const mapped = mapRow(registrationRow(2, GROUP), registryMapping, false)
    if (!mapped.success) throw new Error('not mapped')
    const input = mapped.data
    const reordered = Object.fromEntries(Object.entries(input).reverse())
    expect(importKey(reordered, 'a')).toBe(importKey(input, 'a'))
    expect(importKey(input, 'a')).toMatch(/^import:[0-9a-f]{64}$/)
    expect(importKey(input, 'b')).not.toBe(importKey(input, 'a'))
    const renamed = { ...input, personal: [{ role: 'legal_representative', name: '王五' }] }
    expect(importKey(renamed, 'a')).toBe(importKey(input, 'a'))
    expect(importKey({ ...input, ref: 'x' }, 'a')).not.toBe(importKey(input, 'a'))
  })
})
