import type { HostEntryType } from '../../src/index'
import { assessed } from './assessed'
import { departmentReported } from './departmentReported'
import { dutyReported } from './dutyReported'
import { exemplarDesignated } from './exemplarDesignated'
import { workPlanFiled } from './workPlanFiled'

/**
 * Every entry type of the town's layer: pass them to `createLedger({ entryTypes })`, and read,
 * sweep, import or open a register of that ledger with `ledger.entryTypes`.
 */
export const jinshanweiTypes: readonly HostEntryType[] = [
  workPlanFiled,
  assessed,
  dutyReported,
  departmentReported,
  exemplarDesignated,
]
