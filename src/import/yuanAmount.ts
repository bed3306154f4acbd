// Amounts as registers write them: `50000`, `50,000.00`, `¥50,000`, `5万元`, `1.2亿`.
const AMOUNT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/
const UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 }

/**
 * An amount in whole yuan, or undefined when the cell is not one. `scale` is what one unit of
 * the cell is worth: 10,000 for a column stated in 万元.
 */
export function yuanAmount(cell: string | number, scale: number): number | undefined {
  let amount: number
  if (typeof cell === 'number') {
    amount = cell * scale
  } else {
    let text = cell
      .normalize('NFKC')
      .replace(/[\s,]/g, '')
      .replace(/^(?:¥|RMB|CNY|人民币)/i, '')
      .replace(/[元圆]$/, '')
    let unit = 1
    const last = text.at(-1)
    if (last !== undefined && UNITS[last] !== undefined) {
      unit = UNITS[last]
      text = text.slice(0, -1)
    }
    if (!AMOUNT.test(text)) return undefined
    amount = Number(text) * unit * scale
  }
  // 1.2万 is 12000.000000000002 in binary floating point: whole up to rounding error.
  const whole = Math.round(amount)
  if (!Number.isSafeInteger(whole) || Math.abs(amount - whole) > 1e-6) return undefined
  return whole
}
