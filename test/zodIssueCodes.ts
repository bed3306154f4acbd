import type * as z from 'zod'

type ZodIssueCode = z.core.$ZodIssue['code']

// A key per code of zod's union, no more, no fewer: the compiler keeps the list whole.
const zodCodes: { readonly [C in ZodIssueCode]: true } = {
  invalid_type: true,
  too_big: true,
  too_small: true,
  invalid_format: true,
  not_multiple_of: true,
  unrecognized_keys: true,
  invalid_union: true,
  invalid_key: true,
  invalid_element: true,
  invalid_value: true,
  custom: true,
}

/** zod's issue codes, which the library passes on. */
export const zodIssueCodes: readonly ZodIssueCode[] = Object.keys(zodCodes) as ZodIssueCode[]
