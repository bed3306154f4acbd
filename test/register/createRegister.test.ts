import { describe, expect, it } from 'vitest'
import { town } from '../../examples/town/organizations'
import type { Ledger } from '../../src/createLedger'
import { creditFileOf } from '../../src/credit-file'
import { upcastEntry } from '../../src/events'
import { createRegister } from '../../src/register'
import type { EventStore } from '../../src/store/eventStore'
import { townLedger } from './town'

const DAYS = ['2015-12-31', '2019-06-30', '2020-08-01', '2021-01-01', '2022-07-01', '2026-06-30']

const fileOn = async (ledger: Ledger, org: string, asOf: string) =>
  creditFileOf((await ledger.entries(org)).map(upcastEntry), { asOf })

describe('createRegister', () => {
  it('lists on each day exactly the organizations whose credit files say they are listed', async () => {
    const { ledger, store } = await townLedger()
    const register = createRegister({ store })
    await register.catchUp()
    let listed = 0
    for (const on of DAYS) {
      for (const list of ['abnormal', 'serious'] as const) {
        const page = await register.listed(list, { on, limit: 1000 })
        const expected: string[] = []
        for (const { org } of town) {
          const file = await fileOn(ledger, org, on)
          if (list === 'abnormal' ? file.onAbnormalList : file.onSeriousList) expected.push(org)
        }
        expect(page.items.map((row) => row.org).sort()).toEqual(expected.sort())
        expect(page.total).toBe(expected.length)
        listed += page.total
      }
    }
    expect(listed).toBeGreaterThan(0)
  })

  it('counts on each day the statuses and grades the credit files hold', async () => {
    const { ledger, store } = await townLedger()
    const register = createRegister({ store })
    await register.catchUp()
    for (const on of DAYS) {
      const stats = await register.statistics({ on })
      const grades: Record<string, number> = {}
      let active = 0
      for (const { org } of town) {
        const file = await fileOn(ledger, org, on)
        if (file.version === 0 || file.status !== 'active') continue
        active++
        const grade = file.grade?.valid ? file.grade.grade : 'none'
        grades[grade] = (grades[grade] ?? 0) + 1
      }
      expect(stats.active).toBe(active)
      expect(stats.byGrade).toEqual(Object.fromEntries(Object.entries(grades).sort()))
    }
  })

  it('finds an organization by its code and by part of its name, exact names first', async () => {
    const { store } = await townLedger()
    const register = createRegister({ store })
    await register.catchUp()
    const first = town[0] as (typeof town)[number]
    expect((await register.search(first.org)).items.map((r) => r.name)).toEqual([first.name])
    const associations = await register.search('协会')
    expect(associations.total).toBe(town.filter((o) => o.name.includes('协会')).length)
    expect((await register.search(first.name)).items[0]?.org).toBe(first.org)
    expect((await register.organization(first.org))?.registeredOn).toBe(first.registeredOn)
  })

  it('is no entries behind after catching up, and behind by what is appended after', async () => {
    const { ledger, store } = await townLedger()
    const register = createRegister({ store })
    expect(await register.lag()).toBe((await ledger.head()).size)
    await register.catchUp()
    expect(await register.lag()).toBe(0)
  })

  it('refuses a bad query with INVALID_INPUT naming the field', async () => {
    const register = createRegister({ store: (await townLedger()).store })
    await expect(register.listed('abnormal', { on: '2024-02-30' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['query', 'on'] }],
    })
    await expect(register.listed('grey' as never, { on: '2024-02-01' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await expect(register.search('', { limit: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(
      register.statisticsChange({ from: '2024-02-01', to: '2023-01-01' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['query', 'from'] }] })
  })

  for (const tail of [true, false]) {
    it(`follows the log${tail ? '' : ' of a store without tail, by looking again'}: applies what is appended while it runs, and stops when the signal aborts`, async () => {
      const { ledger, store: full } = await townLedger()
      const { tail: _, ...untailed } = full
      const store: EventStore = tail ? full : untailed
      const register = createRegister({ store })
      const controller = new AbortController()
      const following = register.follow({ signal: controller.signal })
      const org = town[2]?.org as string
      await ledger.append({
        org,
        type: 'RegistrationChanged',
        effectiveAt: '2026-06-01',
        by: '上海市金山区民政局',
        data: { changes: [{ field: 'name', before: town[2]?.name, after: '金山卫镇文体协会' }] },
      })
      for (let tries = 0; (await register.lag()) > 0 && tries < 200; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      expect(await register.lag()).toBe(0)
      expect((await register.search('文体协会')).items[0]?.formerNames).toEqual([town[2]?.name])
      controller.abort()
      expect(await following).toMatchObject({ stopped: true, position: (await ledger.head()).size })
    })
  }
})
