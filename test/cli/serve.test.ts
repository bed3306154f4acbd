import { describe, expect, it } from 'vitest'
import { registerHistory } from '../../src/testing/register/registerFixtures'
import { sampleOrganizationId } from '../../src/testing/sampleOrganizationId'
import { finished, initialised, jsonLines, run, start } from './builtBinary'

describe('serve', () => {
  it('serves the public query service on 127.0.0.1 until Ctrl-C, then exits 0', async () => {
    const cwd = await initialised()
    const entries = Array.from({ length: 6 }, (_, i) => registerHistory(i)).flat()
    expect((await run(['append'], { cwd, input: jsonLines(entries) })).code).toBe(0)
    const child = start(['--json', 'serve', '--port', '0'], { cwd })
    const done = finished(child)
    const url = await new Promise<string>((resolve) => {
      let text = ''
      child.stdout?.on('data', (chunk: Buffer) => {
        text += chunk.toString()
        const found = /"url": "([^"]+)"/.exec(text)
        if (found?.[1]) resolve(found[1])
      })
    })
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const search = await fetch(`${url}api/search?q=${encodeURIComponent('养老')}`)
    expect(search.status).toBe(200)
    expect((await search.json()).total).toBeGreaterThan(0)
    const page = await fetch(`${url}organizations/${sampleOrganizationId(0)}?on=2024-06-30`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    // What another process appends while the service runs reaches its search and reports,
    // and that process is not kept waiting by the service's register.
    const later = registerHistory(6)
    const appended = await run(['append'], { cwd, input: jsonLines(later) })
    expect(appended.code).toBe(0)
    const listed = await run(['--json', 'search', '养老'], { cwd })
    expect(listed.code).toBe(0)
    const newcomer = sampleOrganizationId(6)
    let found = 0
    for (let tries = 0; tries < 40 && found === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      found = (await (await fetch(`${url}api/search?q=${newcomer}`)).json()).total
    }
    expect(found).toBe(1)
    expect((await fetch(`${url}api/organizations/${newcomer}/report`)).status).toBe(200)
    const script = await fetch(`${url}assets/verify-report-page.js`)
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toContain('javascript')
    child.kill('SIGINT')
    expect((await done).code).toBe(0)
  })
})
