import type { Issue, Result } from '../errors'

/** Where an organization is registered or filed: a GB/T 2260 division code, decoded. */
export interface AdministrativeRegion {
  /** The six digits, e.g. `440300` (Shenzhen). */
  readonly code: string
  /** The province-level division the code falls in, e.g. `440000`; null for national (`100000`). */
  readonly provinceCode: string | null
  /** National (`100000`), provincial (`xx0000`), prefecture/municipal (`xxxx00`), else county. */
  readonly level: 'national' | 'provincial' | 'prefecture' | 'county'
}

// GB/T 2260 province-level prefixes: 34 divisions, unchanged since Chongqing (50) in 1997.
const PROVINCES: ReadonlySet<string> = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(
    ' ',
  ),
)

/**
 * Reads the six-character region code at `start` of `text`; issue paths and positions refer to
 * `text`, so a caller's messages name the position the user typed.
 */
export function readAdministrativeRegion(
  text: string,
  start: number,
): Result<AdministrativeRegion> {
  const code = text.slice(start, start + 6)
  const span = `positions ${start + 1}-${start + 6}`
  const issues: Issue[] = []
  for (let i = 0; i < code.length; i++) {
    const char = code.charAt(i)
    if (char < '0' || char > '9') {
      issues.push({
        code: 'invalid_region',
        path: [start + i],
        message: `position ${start + i + 1} is '${char}' but ${span} hold a GB/T 2260 region code, which is six digits`,
      })
    }
  }
  if (code.length !== 6 && issues.length === 0) {
    issues.push({
      code: 'invalid_region',
      path: [start],
      message: `${span} should hold a six-digit GB/T 2260 region code, but only ${code.length} characters are there`,
    })
  }
  if (issues.length > 0) return { success: false, issues }
  if (code === '100000') {
    return { success: true, data: { code, provinceCode: null, level: 'national' } }
  }
  const prefix = code.slice(0, 2)
  if (!PROVINCES.has(prefix)) {
    return {
      success: false,
      issues: [
        {
          code: 'unknown_region',
          path: [start],
          message: `${span} are '${code}', but '${prefix}' is not a GB/T 2260 province code (and the code is not 100000, national)`,
        },
      ],
    }
  }
  const level = code.endsWith('0000') ? 'provincial' : code.endsWith('00') ? 'prefecture' : 'county'
  return { success: true, data: { code, provinceCode: `${prefix}0000`, level } }
}
