import type { Issue } from '../errors'
import { USCC_CHARSET } from './usccCheckCharacter'

// Look-alikes of the letters GB 32100 leaves out.
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', Z: '2', S: '5' }

function show(char: string): string {
  return /^[\x21-\x7e]$/.test(char)
    ? `'${char}'`
    : `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} '${char}'`
}

/** The issue for a character outside the USCC charset at index `index`, with a hint to fix it. */
export function characterIssue(char: string, index: number): Issue {
  const position = `position ${index + 1} is ${show(char)}`
  if (char >= 'a' && char <= 'z' && USCC_CHARSET.includes(char.toUpperCase())) {
    return {
      code: 'lowercase_character',
      path: [index],
      message: `${position}, a lowercase letter; USCC letters are capitals ('${char.toUpperCase()}'), and normalizeUscc uppercases`,
    }
  }
  const normalized = char.normalize('NFKC').toUpperCase()
  const hint = USCC_CHARSET.includes(normalized)
    ? `; normalizeUscc turns it into '${normalized}'`
    : Object.hasOwn(LOOK_ALIKES, normalized)
      ? `; did you mean '${LOOK_ALIKES[normalized]}'?`
      : ''
  return {
    code: 'invalid_character',
    path: [index],
    message: `${position}, which a USCC may not contain; allowed are ${USCC_CHARSET} (no I, O, S, V, Z)${hint}`,
  }
}
