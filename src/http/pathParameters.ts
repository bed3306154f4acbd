import * as z from 'zod'
import { organizationIdSchema } from '../identity'
import type { RegisterList } from '../register'
import { invalidParameter, type QueryResult } from './queryIssue'

const listNameSchema = z.enum(['abnormal', 'serious'])

/** An organization id from the path, as `parseOrganizationId` reads it: a USCC or a filing id. */
export function readOrganizationId(text: string): QueryResult<string> {
  if (organizationIdSchema.safeParse(text).success) return { success: true, data: text }
  return {
    success: false,
    issues: [
      invalidParameter('invalid_organization_id', 'id', {
        'zh-CN': '有效的统一社会信用代码（18 位）或备案编号',
        en: 'a valid unified social credit code (18 characters) or filing id',
      }),
    ],
  }
}

/** A list's name from the path. */
export function readListName(text: string): QueryResult<RegisterList> {
  const parsed = listNameSchema.safeParse(text)
  if (parsed.success) return { success: true, data: parsed.data }
  return {
    success: false,
    issues: [
      invalidParameter('invalid_list', 'list', {
        'zh-CN': 'abnormal（活动异常名录）或 serious（严重违法失信名单）',
        en: 'abnormal or serious',
      }),
    ],
  }
}
