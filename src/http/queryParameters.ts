import * as z from 'zod'
import type { Language } from '../language'
import { isoDateSchema } from '../time'
import { MAX_LIMIT } from './queryHandlerOptions'
import {
  invalidParameter,
  type QueryIssue,
  type QueryIssueCode,
  type QueryResult,
  type Words,
} from './queryIssue'

const count = (max: number) =>
  z
    .string()
    .regex(/^(0|[1-9]\d{0,15})$/)
    .transform(Number)
    .pipe(z.number().max(max))

/** One query parameter: its schema, the code of its issue, and what it expects, in words. */
// Core schemas, so that the shared mini ones (a day) serve beside classic ones.
interface Parameter<T> {
  readonly schema: z.core.$ZodType<T, string>
  readonly code: QueryIssueCode
  readonly expects: Words
}

const parameter = <T>(
  schema: z.core.$ZodType<T, string>,
  code: QueryIssueCode,
  expects: Words,
): Parameter<T> => ({ schema, code, expects })

/** The query parameters of a request, each checked and converted. */
export interface Query {
  readonly q?: string
  readonly on?: string
  readonly offset?: number
  readonly limit?: number
  readonly registrar?: string
  readonly division?: string
  readonly from?: number
  readonly to?: number
  readonly lang?: Language
}

/** The name of a query parameter. */
export type ParameterName = keyof Query

// Every query parameter any route takes; each route names the ones it accepts.
const parameters: { readonly [K in ParameterName]-?: Parameter<NonNullable<Query[K]>> } = {
  q: parameter(z.string().trim().min(1).max(100), 'invalid_text', {
    'zh-CN': '1 至 100 个字符的名称片段或统一社会信用代码',
    en: '1 to 100 characters: part of a name, or an organization id',
  }),
  on: parameter(isoDateSchema, 'invalid_day', {
    'zh-CN': '格式为 YYYY-MM-DD 的日期',
    en: 'a calendar day as YYYY-MM-DD',
  }),
  offset: parameter(count(1_000_000), 'invalid_count', {
    'zh-CN': '0 至 1000000 的整数',
    en: 'a whole number from 0 to 1000000',
  }),
  limit: parameter(count(MAX_LIMIT).pipe(z.number().min(1)), 'invalid_count', {
    'zh-CN': `1 至 ${MAX_LIMIT} 的整数`,
    en: `a whole number from 1 to ${MAX_LIMIT}`,
  }),
  registrar: parameter(z.string().trim().min(1).max(200), 'invalid_text', {
    'zh-CN': '1 至 200 个字符的登记管理机关全称',
    en: "a registrar's full name, 1 to 200 characters",
  }),
  division: parameter(z.string().regex(/^\d{2}(\d{2}){0,2}$/), 'invalid_division', {
    'zh-CN': '2、4 或 6 位数字的行政区划代码',
    en: 'a division code of 2, 4 or 6 digits',
  }),
  from: parameter(count(Number.MAX_SAFE_INTEGER), 'invalid_count', {
    'zh-CN': '表示日志大小的非负整数',
    en: 'a tree size, a whole number from 0',
  }),
  to: parameter(count(Number.MAX_SAFE_INTEGER), 'invalid_count', {
    'zh-CN': '表示日志大小的非负整数',
    en: 'a tree size, a whole number from 0',
  }),
  lang: parameter(z.enum(['zh-CN', 'en']), 'invalid_language', {
    'zh-CN': 'zh-CN 或 en',
    en: 'zh-CN or en',
  }),
}

/**
 * Reads the query parameters `allowed`, each once: any other parameter, or one given twice, is
 * an issue too, so a mistyped name never silently shows something else. A page's form sends
 * its empty fields, so with `emptyIsAbsent` an empty value counts as not given.
 */
export function readQuery(
  url: URL,
  allowed: readonly ParameterName[],
  options: { readonly emptyIsAbsent: boolean },
): QueryResult<Query> {
  const issues: QueryIssue[] = []
  const seen = new Set<string>()
  const query: Record<string, unknown> = {}
  for (const [name, value] of url.searchParams) {
    if (seen.has(name)) {
      if (!issues.some((issue) => issue.path[0] === name)) issues.push(repeated(name))
      continue
    }
    seen.add(name)
    if (!(allowed as readonly string[]).includes(name)) {
      issues.push(unknown(name, allowed))
      continue
    }
    if (value === '' && options.emptyIsAbsent) continue
    const { schema, code, expects } = parameters[name as ParameterName]
    const parsed = z.safeParse(schema, value)
    if (parsed.success) query[name] = parsed.data
    else issues.push(invalidParameter(code, name, expects))
  }
  return issues.length === 0 ? { success: true, data: query as Query } : { success: false, issues }
}

function repeated(name: string): QueryIssue {
  return {
    code: 'repeated_parameter',
    path: [name],
    message: {
      'zh-CN': `参数 ${name} 只能出现一次。`,
      en: `${name}: given more than once; give it once.`,
    },
  }
}

function unknown(name: string, allowed: readonly ParameterName[]): QueryIssue {
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name
  const none = allowed.length === 0
  return {
    code: 'unknown_parameter',
    path: [shown],
    message: {
      'zh-CN': none
        ? `此地址不接受参数（收到 ${shown}）。`
        : `此地址不接受参数 ${shown}；可用参数：${allowed.join('、')}。`,
      en: none
        ? `${shown}: this address takes no parameters.`
        : `${shown}: not a parameter of this address, which takes ${allowed.join(', ')}.`,
    },
  }
}

/** The page language a request asks for, leniently: for answering even a request that is wrong. */
export function pageLanguageOf(url: URL): Language {
  return url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN'
}
