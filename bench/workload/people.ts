import type { Person } from '../../src/events/personalData'
import type { Random } from './random'

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢'
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰建华文玉萍红志国荣春晓东海燕宁婷雪琳鹏飞辉'

// GB 11643 check digit of the first 17 digits of a resident identity number.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const ID_CHECK = '10X98765432'

function idNumber(random: Random, divisionCode: string): string {
  const region = divisionCode === '100000' ? '110101' : divisionCode
  const born = new Date(Date.UTC(random.int(1950, 1990), random.int(0, 11), random.int(1, 28)))
  const first17 = `${region}${born.toISOString().slice(0, 10).replaceAll('-', '')}${String(random.int(1, 999)).padStart(3, '0')}`
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0)
  return first17 + (ID_CHECK[sum % 11] as string)
}

/** The legal representative named on a registration, held as personal data. */
export function legalRepresentative(random: Random, divisionCode: string): Person {
  let name = random.pick([...SURNAMES])
  const length = random.chance(0.7) ? 2 : 1
  for (let i = 0; i < length; i++) name += random.pick([...GIVEN])
  return { role: 'legal_representative', name, idNumber: idNumber(random, divisionCode) }
}
