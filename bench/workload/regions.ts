import type { Random } from './random'

/** A registering authority: its level, GB/T 2260 division code and civil-affairs bureau. */
export interface Authority {
  readonly level: 'national' | 'provincial' | 'municipal' | 'county'
  readonly code: string
  /** The place name that prefixes organization names, e.g. 深圳市 or 深圳市南山区. */
  readonly place: string
  /** The registration authority, e.g. 深圳市民政局. */
  readonly bureau: string
  /** The province-level place, for evaluation committees and commendations. */
  readonly province: string
}

// Province-level divisions: [code, name]; the four municipalities have bureaus (民政局), the
// provinces departments (民政厅).
const PROVINCES: readonly (readonly [string, string])[] = [
  ['110000', '北京市'],
  ['120000', '天津市'],
  ['310000', '上海市'],
  ['500000', '重庆市'],
  ['130000', '河北省'],
  ['320000', '江苏省'],
  ['330000', '浙江省'],
  ['350000', '福建省'],
  ['370000', '山东省'],
  ['410000', '河南省'],
  ['420000', '湖北省'],
  ['430000', '湖南省'],
  ['440000', '广东省'],
  ['510000', '四川省'],
  ['610000', '陕西省'],
]

// Prefecture-level cities: [code, name, [county code, county name], …].
const CITIES: readonly (readonly [string, string, readonly (readonly [string, string])[]])[] = [
  [
    '130100',
    '石家庄市',
    [
      ['130102', '长安区'],
      ['130104', '桥西区'],
    ],
  ],
  [
    '320100',
    '南京市',
    [
      ['320102', '玄武区'],
      ['320106', '鼓楼区'],
    ],
  ],
  [
    '320500',
    '苏州市',
    [
      ['320505', '虎丘区'],
      ['320506', '吴中区'],
    ],
  ],
  [
    '330100',
    '杭州市',
    [
      ['330102', '上城区'],
      ['330106', '西湖区'],
    ],
  ],
  [
    '330200',
    '宁波市',
    [
      ['330203', '海曙区'],
      ['330212', '鄞州区'],
    ],
  ],
  [
    '350100',
    '福州市',
    [
      ['350102', '鼓楼区'],
      ['350104', '仓山区'],
    ],
  ],
  [
    '350200',
    '厦门市',
    [
      ['350203', '思明区'],
      ['350206', '湖里区'],
    ],
  ],
  [
    '370100',
    '济南市',
    [
      ['370102', '历下区'],
      ['370103', '市中区'],
    ],
  ],
  [
    '370200',
    '青岛市',
    [
      ['370202', '市南区'],
      ['370203', '市北区'],
    ],
  ],
  [
    '410100',
    '郑州市',
    [
      ['410102', '中原区'],
      ['410105', '金水区'],
    ],
  ],
  [
    '420100',
    '武汉市',
    [
      ['420102', '江岸区'],
      ['420106', '武昌区'],
    ],
  ],
  [
    '430100',
    '长沙市',
    [
      ['430102', '芙蓉区'],
      ['430104', '岳麓区'],
    ],
  ],
  [
    '440100',
    '广州市',
    [
      ['440104', '越秀区'],
      ['440106', '天河区'],
    ],
  ],
  [
    '440300',
    '深圳市',
    [
      ['440304', '福田区'],
      ['440305', '南山区'],
    ],
  ],
  [
    '510100',
    '成都市',
    [
      ['510104', '锦江区'],
      ['510107', '武侯区'],
    ],
  ],
  [
    '610100',
    '西安市',
    [
      ['610102', '新城区'],
      ['610113', '雁塔区'],
    ],
  ],
]

// Districts of the four municipalities: county level directly under a province-level city.
const MUNICIPAL_DISTRICTS: readonly (readonly [string, string])[] = [
  ['110105', '朝阳区'],
  ['110108', '海淀区'],
  ['120101', '和平区'],
  ['310104', '徐汇区'],
  ['310115', '浦东新区'],
  ['500103', '渝中区'],
]

function provinceName(code: string): string {
  const prefix = code.slice(0, 2)
  return PROVINCES.find(([province]) => province.startsWith(prefix))?.[1] ?? ''
}

function bureauOf(place: string, level: Authority['level']): string {
  return level === 'provincial' && place.endsWith('省') ? `${place}民政厅` : `${place}民政局`
}

const NATIONAL: Authority = {
  level: 'national',
  code: '100000',
  place: '中国',
  bureau: '民政部',
  province: '',
}

const PROVINCIAL: readonly Authority[] = PROVINCES.map(([code, name]) => ({
  level: 'provincial',
  code,
  place: name,
  bureau: bureauOf(name, 'provincial'),
  province: name,
}))

const MUNICIPAL: readonly Authority[] = CITIES.map(([code, name]) => {
  const province = provinceName(code)
  return { level: 'municipal', code, place: name, bureau: `${name}民政局`, province }
})

const COUNTY: readonly Authority[] = [
  ...CITIES.flatMap(([cityCode, city, counties]) =>
    counties.map(([code, name]) => ({
      level: 'county' as const,
      code,
      place: `${city}${name}`,
      bureau: `${city}${name}民政局`,
      province: provinceName(cityCode),
    })),
  ),
  ...MUNICIPAL_DISTRICTS.map(([code, name]) => {
    const province = provinceName(code)
    return {
      level: 'county' as const,
      code,
      place: `${province}${name}`,
      bureau: `${province}${name}民政局`,
      province,
    }
  }),
]

/** The registering authority: national 3%, provincial 22%, municipal 45%, county 30%. */
export function pickAuthority(random: Random): Authority {
  const level = random.weighted<Authority['level']>([
    ['national', 3],
    ['provincial', 22],
    ['municipal', 45],
    ['county', 30],
  ])
  if (level === 'national') return NATIONAL
  if (level === 'provincial') return random.pick(PROVINCIAL)
  if (level === 'municipal') return random.pick(MUNICIPAL)
  return random.pick(COUNTY)
}
