import type { QueryIssue, QueryResult } from './queryIssue'
import type { Service } from './service'

/**
 * The day a request asks about: `on` when given, else today. A day after today is refused:
 * the register cannot say what will stand on it, only what is known now.
 */
export function queryDay(on: string | undefined, service: Service): QueryResult<string> {
  const today = service.today()
  if (on === undefined || on <= today) return { success: true, data: on ?? today }
  return { success: false, issues: [afterToday(today)] }
}

function afterToday(today: string): QueryIssue {
  return {
    code: 'after_today',
    path: ['on'],
    message: {
      'zh-CN': `参数 on 无效：日期不能晚于今天（${today}）。`,
      en: `on: expected a day no later than today, ${today}.`,
    },
  }
}
