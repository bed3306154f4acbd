import { Mutex } from '../_internal/mutex'
import { listedRows } from './listedRows'
import type { RegisterRecord } from './registerRecord'
import type { RegisterStore, RegisterUpdate } from './registerStore'
import { searchRecords } from './searchRecords'
import { statisticsOf } from './statisticsOf'

/**
 * Read models in plain structures, for a register over the memory store or one rebuilt at
 * start-up. Queries scan every record, which serves tens of thousands of organizations; the
 * durable stores index them.
 */
export function memoryRegisterStore(): RegisterStore {
  const records = new Map<string, RegisterRecord>()
  // Few organizations were ever listed: a list on a day reads only theirs.
  const listed = new Map<string, RegisterRecord>()
  let position = 0
  const updater = new Mutex()
  return {
    async position() {
      return position
    },
    async write(update: RegisterUpdate) {
      if (update.from !== position) return false
      for (const org of update.removed) {
        records.delete(org)
        listed.delete(org)
      }
      for (const record of update.records) {
        records.set(record.org, record)
        if (record.stays.length > 0) listed.set(record.org, record)
        else listed.delete(record.org)
      }
      position = update.to
      return true
    },
    async clear() {
      records.clear()
      listed.clear()
      position = 0
    },
    exclusive: (work) => updater.run(work),
    async record(org) {
      return records.get(org)
    },
    async search(query) {
      return searchRecords(records.values(), query)
    },
    async listed(query) {
      return listedRows(listed.values(), query)
    },
    async statistics(on) {
      return statisticsOf(records.values(), on)
    },
    async close() {},
  }
}
