// The forms in which Chinese registers write a day. Full-width digits and separators are
// folded first (NFKC), a trailing time of day is dropped, and the day must exist.
const NUMERIC = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
const TIME_OF_DAY = /(?:\s+|T)\d{1,2}[:时]\d{2}(?::\d{2}(?:\.\d+)?)?分?(?:Z|[+-]\d{2}:?\d{2})?$/
const CHINESE =
  /^([〇○零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  '○': 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

// Excel counts days from 1899-12-30 (its day 60, a 29 February 1900 that never was, is why
// the epoch is not the 31st); 2958465 is 9999-12-31.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000
const LAST_SERIAL = 2_958_465

/**
 * A cell read as a calendar day `YYYY-MM-DD`: a date cell, an Excel serial number, or text
 * such as `2015年3月2日`, `二〇一五年三月二日`, `2015/3/2`, `2015.03.02`, `20150302` or
 * `2015-03-02 00:00:00`. Undefined when it is none of these or names no real day.
 */
export function sheetDate(cell: string | number | boolean | Date): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : utcDay(cell)
  if (typeof cell === 'number') {
    if (!(cell >= 1 && cell < LAST_SERIAL + 1)) return undefined
    return utcDay(new Date(EXCEL_EPOCH + Math.floor(cell) * DAY_MS))
  }
  if (typeof cell !== 'string') return undefined
  const text = cell.normalize('NFKC').trim().replace(TIME_OF_DAY, '')
  const parts = NUMERIC.exec(text) ?? COMPACT.exec(text)
  if (parts) return isoDay(Number(parts[1]), Number(parts[2]), Number(parts[3]))
  const chinese = CHINESE.exec(text)
  if (!chinese) return undefined
  const year = Number([...(chinese[1] as string)].map((digit) => DIGITS[digit]).join(''))
  return isoDay(year, chineseNumber(chinese[2] as string), chineseNumber(chinese[3] as string))
}

/** 一 to 三十一: a digit, or tens written with 十 (十二, 二十, 二十一). */
function chineseNumber(text: string): number {
  const ten = text.indexOf('十')
  if (ten === -1) return text.length === 1 ? (DIGITS[text] ?? Number.NaN) : Number.NaN
  const tens = ten === 0 ? 1 : (DIGITS[text.slice(0, ten)] ?? Number.NaN)
  const units = ten === text.length - 1 ? 0 : (DIGITS[text.slice(ten + 1)] ?? Number.NaN)
  return ten > 1 ? Number.NaN : tens * 10 + units
}

function isoDay(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1000 && month >= 1 && month <= 12 && day >= 1)) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return utcDay(date)
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}
