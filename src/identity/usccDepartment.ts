/** The registration-management department (登记管理部门) named by a USCC's first character. */
export type UsccDepartment =
  | 'organization_staffing'
  | 'foreign_affairs'
  | 'judicial_administration'
  | 'culture'
  | 'civil_affairs'
  | 'tourism'
  | 'religion'
  | 'trade_unions'
  | 'market_regulation'
  | 'military_staffing'
  | 'agriculture'
  | 'other'

const DEPARTMENTS: Readonly<Record<string, UsccDepartment>> = {
  '1': 'organization_staffing',
  '2': 'foreign_affairs',
  '3': 'judicial_administration',
  '4': 'culture',
  '5': 'civil_affairs',
  '6': 'tourism',
  '7': 'religion',
  '8': 'trade_unions',
  '9': 'market_regulation',
  A: 'military_staffing',
  N: 'agriculture',
  Y: 'other',
}

/** The department code characters GB 32100 defines, for messages. */
export const USCC_DEPARTMENT_CODES: string = Object.keys(DEPARTMENTS).join(', ')

/** The department for a USCC's first character, or undefined when GB 32100 defines none. */
export function decodeUsccDepartment(char: string): UsccDepartment | undefined {
  return Object.hasOwn(DEPARTMENTS, char) ? DEPARTMENTS[char] : undefined
}
