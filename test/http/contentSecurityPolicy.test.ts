import { describe, expect, it } from 'vitest'
import { pagePolicy } from '../../src/http/contentSecurityPolicy'

describe('pagePolicy', () => {
  it('allows nothing but the page’s own style blocks, and scripts from itself when asked', () => {
    const plain = pagePolicy('<style>a{}</style><style>a{}</style>', { script: false })
    expect(plain).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src/)
    expect(plain).not.toContain('script-src')
    expect(plain).toContain("frame-ancestors 'none'")
    const scripted = pagePolicy('<p>no style</p>', { script: true })
    expect(scripted).toContain("style-src 'none'")
    expect(scripted).toContain("script-src 'self'")
  })
})
