import { describe, expect, it } from 'vitest'
import { validateUscc } from '../../src/identity/validateUscc'
import { completeUscc } from './arbitraries'

function decode(code: string) {
  const result = validateUscc(code)
  if (!result.success) throw new Error(`expected ${code} to be valid: ${JSON.stringify(result)}`)
  return result.data
}

describe('validateUscc', () => {
  it('decodes a foundation registered with the Ministry of Civil Affairs', () => {
    expect(decode('53100000500021676K')).toEqual({
      code: '53100000500021676K',
      department: 'civil_affairs',
      category: 'foundation',
      region: { code: '100000', provinceCode: null, level: 'national' },
      organizationCode: '500021676',
      isSocialOrganization: true,
      organizationKind: 'foundation',
    })
  })

  it('decodes a social service organization (民非) registered in Shenzhen', () => {
    const uscc = decode('52440300MJL186084F')
    expect(uscc.category).toBe('social_service_organization')
    expect(uscc.organizationKind).toBe('social_service_organization')
    expect(uscc.region).toEqual({ code: '440300', provinceCode: '440000', level: 'prefecture' })
    expect(uscc.organizationCode).toBe('MJL186084')
  })

  it('accepts an enterprise code but says it is not a social organization', () => {
    const uscc = decode('91310110666007217T')
    expect(uscc.department).toBe('market_regulation')
    expect(uscc.category).toBe('enterprise')
    expect(uscc.region).toEqual({ code: '310110', provinceCode: '310000', level: 'county' })
    expect(uscc.isSocialOrganization).toBe(false)
    expect(uscc.organizationKind).toBeNull()
  })

  it('decodes national social groups found in published invoices and configuration', () => {
    for (const code of ['51100000500009247D', '51100000500012681T', '51100000500002862F']) {
      expect(decode(code).organizationKind).toBe('social_group')
    }
  })

  it('names the social-organization kind only for codes starting 51, 52, 53 and 59', () => {
    const kinds = ['1', '2', '3', '4', '9', 'A'].map((category) => {
      const uscc = decode(completeUscc(`5${category}440300MJL18608`))
      return [category, uscc.isSocialOrganization, uscc.organizationKind, uscc.category]
    })
    expect(kinds).toEqual([
      ['1', true, 'social_group', 'social_group'],
      ['2', true, 'social_service_organization', 'social_service_organization'],
      ['3', true, 'foundation', 'foundation'],
      ['4', false, null, 'unknown'],
      ['9', true, 'other', 'other'],
      ['A', false, null, 'unknown'],
    ])
  })

  it('decodes every department GB 32100 defines', () => {
    const departments = [...'123456789ANY'].map(
      (char) => decode(completeUscc(`${char}1310000MJL18608`)).department,
    )
    expect(departments).toEqual([
      'organization_staffing',
      'foreign_affairs',
      'judicial_administration',
      'culture',
      'civil_affairs',
      'tourism',
      'religion',
      'trade_unions',
      'market_regulation',
      'military_staffing',
      'agriculture',
      'other',
    ])
  })

  it('decodes the market-regulation categories and leaves other departments unknown', () => {
    const category = (prefix: string) => decode(completeUscc(`${prefix}310000MJL18608`)).category
    expect([category('91'), category('92'), category('93'), category('94')]).toEqual([
      'enterprise',
      'sole_trader',
      'farmers_cooperative',
      'unknown',
    ])
    expect(category('11')).toBe('unknown')
  })

  it('reads the region level from the trailing zeros of positions 3-8', () => {
    const region = (code: string) => decode(completeUscc(`51${code}MJL18608`)).region
    expect(region('100000')).toEqual({ code: '100000', provinceCode: null, level: 'national' })
    expect(region('310000')).toEqual({
      code: '310000',
      provinceCode: '310000',
      level: 'provincial',
    })
    expect(region('440300')).toEqual({
      code: '440300',
      provinceCode: '440000',
      level: 'prefecture',
    })
    expect(region('310116')).toEqual({ code: '310116', provinceCode: '310000', level: 'county' })
  })
})
