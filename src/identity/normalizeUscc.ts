import { expectString } from '../_internal/arguments'

/**
 * Tidies a typed or pasted USCC before `validateUscc`: folds full-width characters
 * (`５３１…`) to ASCII, trims surrounding whitespace and uppercases. It never fixes
 * look-alikes such as O for 0, so a typo still fails validation.
 *
 * @example normalizeUscc(' 52440300mjl186084f ') // '52440300MJL186084F'
 */
export function normalizeUscc(input: string): string {
  expectString(input, 'input')
  return input.normalize('NFKC').trim().toUpperCase()
}
