// The nine organizations of the town in the founding document (金山卫镇, 2012): three social
// groups, five social service organizations and one foundation. Codes are valid USCCs.
import type { EntryInput } from '../../src/index'

/** One organization of the town and the day it was registered. */
export interface TownOrganization {
  readonly org: string
  readonly name: string
  readonly kind: 'social_group' | 'social_service_organization' | 'foundation'
  readonly registeredOn: string
  readonly legalRepresentative: string
}

export const DISTRICT = '上海市金山区民政局'
export const CITY = '上海市民政局'

export const town: readonly TownOrganization[] = [
  {
    org: '51310116MJ4A001370',
    name: '金山卫镇老年协会',
    kind: 'social_group',
    registeredOn: '2015-03-10',
    legalRepresentative: '王建国',
  },
  {
    org: '51310116MJ4A00217K',
    name: '金山卫镇个体劳动者协会',
    kind: 'social_group',
    registeredOn: '2015-06-18',
    legalRepresentative: '陈志强',
  },
  {
    org: '51310116MJ4A004876',
    name: '金山卫镇文化体育协会',
    kind: 'social_group',
    registeredOn: '2016-09-01',
    legalRepresentative: '李秀英',
  },
  {
    org: '52310116MJ4B101250',
    name: '金山卫镇助残服务中心',
    kind: 'social_service_organization',
    registeredOn: '2015-04-20',
    legalRepresentative: '张丽华',
  },
  {
    org: '52310116MJ4B10379W',
    name: '金山卫镇社区居家养老服务社',
    kind: 'social_service_organization',
    registeredOn: '2015-05-11',
    legalRepresentative: '刘海燕',
  },
  {
    org: '52310116MJ4B10459G',
    name: '金山区卫城职业技能培训学校',
    kind: 'social_service_organization',
    registeredOn: '2015-08-03',
    legalRepresentative: '周明',
  },
  {
    org: '52310116MJ4B105394',
    name: '金山卫镇青少年活动中心',
    kind: 'social_service_organization',
    registeredOn: '2017-02-14',
    legalRepresentative: '吴静',
  },
  {
    org: '52310116MJ4B10619P',
    name: '金山卫镇困难家庭帮扶服务社',
    kind: 'social_service_organization',
    registeredOn: '2018-07-02',
    legalRepresentative: '郑伟',
  },
  {
    org: '53310000MJ4C200849',
    name: '上海市金山卫镇慈善基金会',
    kind: 'foundation',
    registeredOn: '2015-12-08',
    legalRepresentative: '孙国平',
  },
]

/** The registration entry of one organization. */
export function registrationOf(o: TownOrganization, index: number): EntryInput {
  const foundation = o.kind === 'foundation'
  return {
    org: o.org,
    type: 'OrganizationRegistered',
    effectiveAt: o.registeredOn,
    by: foundation ? CITY : DISTRICT,
    ref: `沪${foundation ? '基' : '金社'}证字第${String(index + 1).padStart(4, '0')}号`,
    data: {
      name: o.name,
      kind: o.kind,
      registrar: foundation ? CITY : DISTRICT,
      registrarLevel: foundation ? 'provincial' : 'county',
      domicile: `上海市金山区金山卫镇卫清西路${100 + index * 7}号`,
      registeredFunds: foundation ? 2_000_000 : 30_000,
      certificateNumber: `${foundation ? '基' : '社'}${String(index + 1).padStart(4, '0')}`,
    },
    personal: [{ role: 'legal_representative', name: o.legalRepresentative }],
  }
}
