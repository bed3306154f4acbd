import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sheetDate } from '../../src/import/sheetDate'

const CHINESE_DIGITS = '〇一二三四五六七八九'
const chineseYear = (year: number) =>
  [...String(year)].map((d) => CHINESE_DIGITS[Number(d)]).join('')
const chineseNumber = (n: number) =>
  n < 10
    ? (CHINESE_DIGITS[n] as string)
    : `${n >= 20 ? CHINESE_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 === 0 ? '' : CHINESE_DIGITS[n % 10]}`

const days = fc
  .date({
    min: new Date('1950-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())))

describe('sheetDate', () => {
  it('reads the forms registers write a day in', () => {
    for (const text of [
      '2015年3月2日',
      '2015年03月02日',
      '2015 年 3 月 2 日',
      '2015/3/2',
      '2015-3-2',
      '2015.03.02',
      '2015-03-02',
      '20150302',
      '２０１５年３月２日',
      '２０１５／０３／０２',
      '二〇一五年三月二日',
      '2015-03-02 00:00:00',
      '2015/3/2 14:30',
      '2015-03-02T10:00:00+08:00',
      '2015年3月2号',
    ]) {
      expect(sheetDate(text), text).toBe('2015-03-02')
    }
    expect(sheetDate('二〇二一年十二月三十一日')).toBe('2021-12-31')
    expect(sheetDate('二〇二一年十月二十日')).toBe('2021-10-20')
  })

  it('reads a date cell as its UTC day and an Excel serial number as the day it counts', () => {
    expect(sheetDate(new Date(Date.UTC(2015, 2, 2)))).toBe('2015-03-02')
    expect(sheetDate(42065)).toBe('2015-03-02')
    expect(sheetDate(42065.75)).toBe('2015-03-02')
    expect(sheetDate(61)).toBe('1900-03-01')
  })

  it('refuses days that do not exist and text that is no day', () => {
    for (const cell of [
      '2015年2月29日',
      '2015-13-01',
      '2015/4/31',
      '2015年3月',
      '3/2/2015',
      '二〇一五年十三月一日',
      '二〇一五年三月三十二日',
      '明天',
      0,
      -5,
      true,
      new Date(Number.NaN),
    ]) {
      expect(sheetDate(cell), String(cell)).toBeUndefined()
    }
    expect(sheetDate('2016年2月29日')).toBe('2016-02-29')
  })

  it('reads every day the same in every form, serial numbers included', () => {
    fc.assert(
      fc.property(days, (date) => {
        const iso = date.toISOString().slice(0, 10)
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
        const serial = (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000
        for (const cell of [
          `${y}年${m}月${d}日`,
          `${y}/${m}/${d}`,
          `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`,
          `${chineseYear(y)}年${chineseNumber(m)}月${chineseNumber(d)}日`,
          serial,
          date,
        ]) {
          expect(sheetDate(cell), String(cell)).toBe(iso)
        }
      }),
    )
  })
})
