import type { UsccDepartment } from './usccDepartment'

/**
 * The organization category (机构类别) of a USCC's second character. Only the civil-affairs and
 * market-regulation categories are decoded; anything else is `unknown`.
 */
export type UsccCategory =
  | 'social_group'
  | 'social_service_organization'
  | 'foundation'
  | 'enterprise'
  | 'sole_trader'
  | 'farmers_cooperative'
  | 'other'
  | 'unknown'

const CIVIL_AFFAIRS: Readonly<Record<string, UsccCategory>> = {
  '1': 'social_group',
  '2': 'social_service_organization',
  '3': 'foundation',
  '9': 'other',
}

const MARKET_REGULATION: Readonly<Record<string, UsccCategory>> = {
  '1': 'enterprise',
  '2': 'sole_trader',
  '3': 'farmers_cooperative',
}

/** The category a USCC's second character means under its department. */
export function decodeUsccCategory(
  department: UsccDepartment | undefined,
  char: string,
): UsccCategory {
  const table =
    department === 'civil_affairs'
      ? CIVIL_AFFAIRS
      : department === 'market_regulation'
        ? MARKET_REGULATION
        : undefined
  return table !== undefined && Object.hasOwn(table, char) ? (table[char] ?? 'unknown') : 'unknown'
}
