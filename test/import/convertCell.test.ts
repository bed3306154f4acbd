import { describe, expect, it } from 'vitest'
import { cellText, convertCell } from '../../src/import/convertCell'

const value = (
  cell: Parameters<typeof convertCell>[0],
  conversion: Parameters<typeof convertCell>[1],
) => {
  const converted = convertCell(cell, conversion)
  return converted.ok ? converted.value : converted.code
}

describe('convertCell', () => {
  it('keeps text trimmed, and writes numbers, booleans and date cells as text', () => {
    expect(value('  杭州市西湖区民政局 ', 'text')).toBe('杭州市西湖区民政局')
    expect(value(31, 'text')).toBe('31')
    expect(value(new Date(Date.UTC(2015, 2, 2)), 'text')).toBe('2015-03-02')
    expect(cellText(new Date(Date.UTC(2015, 2, 2, 9, 30)))).toBe('2015-03-02T09:30:00.000Z')
  })

  it('reads whole numbers and years, with thousands separators and 年度', () => {
    expect(value('1,200', 'integer')).toBe(1200)
    expect(value('１２', 'integer')).toBe(12)
    expect(value(12, 'integer')).toBe(12)
    expect(value('12.5', 'integer')).toBe('invalid_integer')
    expect(value('十二', 'integer')).toBe('invalid_integer')
    expect(value('2023年度', 'year')).toBe(2023)
    expect(value('2023 年', 'year')).toBe(2023)
    expect(value(2023, 'year')).toBe(2023)
    expect(value(new Date(Date.UTC(2023, 0, 1)), 'year')).toBe(2023)
    expect(value('去年', 'year')).toBe('invalid_year')
    expect(value('-1.5e3', 'number')).toBe(-1500)
    expect(value('abc', 'number')).toBe('invalid_number')
  })

  it('reads amounts in whole yuan from the forms decisions write them in', () => {
    expect(value('5,000', 'yuan')).toBe(5000)
    expect(value('¥5,000.00', 'yuan')).toBe(5000)
    expect(value('￥5000元', 'yuan')).toBe(5000)
    expect(value('5万元', 'yuan')).toBe(50_000)
    expect(value('1.2万', 'yuan')).toBe(12_000)
    expect(value('1.5亿元', 'yuan')).toBe(150_000_000)
    expect(value(800, 'yuan')).toBe(800)
    expect(value('0.5', 'yuan')).toBe('invalid_amount')
    expect(value('五千元', 'yuan')).toBe('invalid_amount')
    expect(value('3', 'wan_yuan')).toBe(30_000)
    expect(value(0.35, 'wan_yuan')).toBe(3500)
    expect(value('1.23456', 'wan_yuan')).toBe('invalid_amount')
  })

  it('reads yes and no as people write them', () => {
    for (const yes of ['是', '有', 'Y', 'yes', 'TRUE', '1', '√', true, 1])
      expect(value(yes, 'boolean')).toBe(true)
    for (const no of ['否', '无', 'N', 'no', 'false', '0', '×', false, 0])
      expect(value(no, 'boolean')).toBe(false)
    expect(value('也许', 'boolean')).toBe('invalid_boolean')
  })

  it('reads dates as sheetDate does', () => {
    expect(value('2015年3月2日', 'date')).toBe('2015-03-02')
    expect(value('2015年2月30日', 'date')).toBe('invalid_date')
  })
})
