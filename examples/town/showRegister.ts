import type { Register } from '../../src/index'

/**
 * Prints what the district publishes and counts from the register: the abnormal list on two
 * days, a search by part of a name, and the counts at the end of two years with the change.
 */
export async function showRegister(register: Register): Promise<void> {
  const caughtUp = await register.catchUp()
  console.log(
    `\n── the register: ${caughtUp.organizations} organizations, read models at entry ${caughtUp.position} ──`,
  )
  for (const on of ['2020-08-01', '2021-08-01']) {
    const page = await register.listed('abnormal', { on, division: '310116' })
    console.log(`活动异常名录 on ${on}: ${page.total}`)
    for (const row of page.items) {
      const rule = row.rule === null ? '' : `, rule ${row.rule}`
      const removed = row.removedOn === null ? '' : `, removed ${row.removedOn}`
      console.log(
        `  ${row.name} (${row.org}) listed ${row.listedOn} for ${row.reason}${rule} by ${row.department}${removed}; entries ${row.entries.join(', ')}`,
      )
    }
  }
  const found = await register.search('服务')
  console.log(`search "服务": ${found.items.map((record) => record.name).join('、')}`)
  const change = await register.statisticsChange({ from: '2020-12-31', to: '2024-12-31' })
  const { to } = change
  console.log(
    `on ${to.on}: ${to.active} active of ${to.registered} registered; by kind ${JSON.stringify(to.byKind)}; graded ${JSON.stringify(to.byGrade)}`,
  )
  console.log(`since ${change.from.on}: ${JSON.stringify(change.change)}`)
}
