import { organizationCodeCheckCharacter, usccCheckCharacter } from '../../src/identity'

// The characters a USCC allows, so the inner code passes both character checks.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** The civil-affairs category digit of each registered kind (GB 32100, department 5). */
export const CATEGORY_OF_KIND: Readonly<
  Record<'social_group' | 'social_service_organization' | 'foundation', string>
> = {
  social_group: '1',
  social_service_organization: '2',
  foundation: '3',
}

/**
 * The USCC of organization `index`: department 5 (civil affairs), the kind's category, the
 * registrar's division code, and a GB 11714 organization code `MJ` + the index in six base-31
 * digits (unique for 887 million indexes) with its check, then the GB 32100 check.
 */
export function usccOf(
  kind: keyof typeof CATEGORY_OF_KIND,
  divisionCode: string,
  index: number,
  prefix = 'MJ',
): string {
  let digits = ''
  let rest = index
  for (let i = 0; i < 6; i++) {
    digits = (CHARSET[rest % 31] as string) + digits
    rest = Math.floor(rest / 31)
  }
  const inner = `${prefix}${digits}`
  const first17 = `5${CATEGORY_OF_KIND[kind]}${divisionCode}${inner}${organizationCodeCheckCharacter(inner)}`
  return first17 + usccCheckCharacter(first17)
}
