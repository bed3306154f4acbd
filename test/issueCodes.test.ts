import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { issueCodes } from '../src/issueCodes'
import { zodIssueCodes } from './zodIssueCodes'

const SRC = join(import.meta.dirname, '../src')
const LISTS = new Set(['issueCodes.ts', 'issueErrorCodes.ts'])

// Every TypeScript source of the library but the two lists themselves.
const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !LISTS.has(file))
  .map((file) => ({ file, text: readFileSync(join(SRC, file), 'utf8') }))

// `code: 'x'` in an issue, `params: { code: 'x' }` in a zod refinement, `code: z.literal('x')`
// in a schema of issues; not `civil_code: 'x'` nor an error's `code: 'USAGE'`.
const CODE_LITERAL = /(?<![\w.])code: (?:z\.literal\()?'([a-z][a-z0-9_]*)'/g

describe('issueCodes', () => {
  it('lists each code once', () => {
    expect(new Set(issueCodes).size).toBe(issueCodes.length)
  })

  it('holds every code the source writes as an issue code', () => {
    const known = new Set<string>(issueCodes)
    const unlisted = sources.flatMap(({ file, text }) =>
      [...text.matchAll(CODE_LITERAL)]
        .map((match) => match[1] as string)
        .filter((code) => !known.has(code))
        .map((code) => `${file}: ${code}`),
    )
    expect(unlisted).toEqual([])
  })

  it('holds no code the library no longer raises, besides zod’s own', () => {
    const zods = new Set<string>(zodIssueCodes)
    const unused = issueCodes.filter(
      (code) => !zods.has(code) && !sources.some(({ text }) => text.includes(`'${code}'`)),
    )
    expect(unused).toEqual([])
  })

  it('holds every code zod gives its issues', () => {
    expect(
      zodIssueCodes.filter((code) => !(issueCodes as readonly string[]).includes(code)),
    ).toEqual([])
  })
})
