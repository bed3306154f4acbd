import type { RegisterRecord } from '../../register/registerRecord'
import { nameRank } from '../../register/searchRecords'

/**
 * Every text of one or two characters that a name search could be given and this record
 * would match, with the record's rank for it. A trigram index cannot look such texts up, so
 * the SQLite register keeps these rows and reads a short search's page straight off their key.
 */
export function shortNameGrams(record: RegisterRecord): Map<string, number> {
  const grams = new Map<string, number>()
  for (const name of [record.name, ...record.formerNames]) {
    const characters = [...name]
    characters.forEach((character, i) => {
      const pair = i + 1 < characters.length ? character + characters[i + 1] : undefined
      for (const gram of pair === undefined ? [character] : [character, pair]) {
        if (!grams.has(gram)) grams.set(gram, nameRank(record, gram) as number)
      }
    })
  }
  return grams
}
