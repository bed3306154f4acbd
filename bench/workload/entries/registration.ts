import { isoDay } from '../days'
import { legalRepresentative } from '../people'
import type { OrganizationProfile, Planned } from '../planned'
import type { Random } from '../random'
import { organizationName, scopeOf } from '../text'

const FUNDS: Readonly<Record<OrganizationProfile['kind'], readonly [number, number]>> = {
  social_group: [3, 50],
  social_service_organization: [3, 100],
  foundation: [200, 2000],
}

const ROADS = ['人民路', '解放路', '中山路', '建设路', '和平路', '文化路', '新华路', '长江路']

/** The registration (成立登记), naming the legal representative as personal data. */
export function registrationEntry(random: Random, profile: OrganizationProfile): Planned {
  const { authority, kind } = profile
  const [low, high] = FUNDS[kind]
  const supervised = random.chance(0.4)
  const scoped = random.chance(0.5)
  return {
    day: profile.registeredOn,
    input: {
      org: profile.org,
      type: 'OrganizationRegistered',
      effectiveAt: isoDay(profile.registeredOn),
      by: authority.bureau,
      data: {
        name: organizationName(random, authority.place, kind),
        kind,
        registrar: authority.bureau,
        registrarLevel: authority.level,
        ...(supervised ? { supervisingUnit: `${authority.place}科学技术协会` } : {}),
        domicile: `${authority.place}${random.pick(ROADS)}${random.int(1, 999)}号`,
        registeredFunds: random.int(low, high) * 10_000,
        certificateNumber: `社证字第${random.int(1000, 99999)}号`,
        ...(scoped ? { scope: scopeOf(random) } : {}),
      },
      personal: [legalRepresentative(random, authority.code)],
    },
  }
}
