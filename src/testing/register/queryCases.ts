import { expect, it } from 'vitest'
import { listedRows, searchRecords, statisticsOf } from '../../register'
import { generatedRecords } from './generatedRecords'
import type { WithRegisterStorage } from './registerCases'

const TEXTS = [
  '金山',
  '协会',
  '老年协会',
  '社区服务中心',
  'AI',
  'ai',
  '%',
  '_',
  '基',
  '心',
  '金山金山',
  '不存在的名称',
]
const DAYS = ['2015-01-01', '2017-06-30', '2020-12-31', '2023-03-15', '2026-01-01']

/** The queries answer exactly what the reference functions answer over the same records. */
export function queryCases(withStorage: WithRegisterStorage): void {
  it('answers searches, lists and counts as the reference does over the same records', () =>
    withStorage(async (storage) => {
      const { store, readModels } = await storage.open()
      const records = generatedRecords(7, 400)
      let position = 0
      for (let start = 0; start < records.length; start += 150) {
        const update = { records: records.slice(start, start + 150), removed: [] }
        expect(await readModels.write({ ...update, from: position, to: position + 150 })).toBe(true)
        position += 150
      }
      const texts = [...TEXTS, ...records.slice(0, 5).map((record) => record.name)]
      for (const text of texts) {
        for (const page of [
          { offset: 0, limit: 20 },
          { offset: 15, limit: 10 },
        ]) {
          expect(await readModels.search({ text, ...page })).toEqual(
            searchRecords(records, { text, ...page }),
          )
        }
      }
      for (const on of DAYS) {
        expect(await readModels.statistics(on)).toEqual(statisticsOf(records, on))
        for (const list of ['abnormal', 'serious'] as const) {
          for (const filter of [
            {},
            { division: '31' },
            { division: '310116' },
            { registrar: '民政部' },
          ]) {
            const query = { list, on, offset: 3, limit: 25, ...filter }
            expect(await readModels.listed(query)).toEqual(listedRows(records, query))
          }
        }
      }
      const removed = records[0]?.org as string
      expect(
        await readModels.write({
          records: [],
          removed: [removed],
          from: position,
          to: position + 1,
        }),
      ).toBe(true)
      expect(await readModels.record(removed)).toBeUndefined()
      expect(await readModels.record(records[1]?.org as string)).toEqual(records[1])
      await readModels.close()
      await store.close()
    }))

  it('answers searches with thousands of matches as the reference does, deep pages too', () =>
    withStorage(async (storage) => {
      const { store, readModels } = await storage.open()
      const records = generatedRecords(11, 8000)
      let position = 0
      for (let start = 0; start < records.length; start += 500) {
        const update = { records: records.slice(start, start + 500), removed: [] }
        expect(await readModels.write({ ...update, from: position, to: position + 1 })).toBe(true)
        position++
      }
      for (const text of ['金', '协会', '心', '金山', 'AI', 'ai', '_']) {
        for (const page of [
          { offset: 0, limit: 50 },
          { offset: 40, limit: 30 },
          { offset: 2600, limit: 50 },
        ]) {
          expect(await readModels.search({ text, ...page })).toEqual(
            searchRecords(records, { text, ...page }),
          )
        }
      }
      await readModels.close()
      await store.close()
    }))
}
