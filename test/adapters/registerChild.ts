// An updater to be killed: catches the register of the store named by --store up, in pages of
// --page entries, printing `wrote <entries done>` after each write of the read models.
// With --lease, a SQLite register's lease lasts that many ms, so a test need not wait 10 s for a
// dead updater's lease to expire.
import { readModelsFromArgs, storeFromArgs } from '../../examples/storeFromArgs'
import { sqliteRegisterStore } from '../../src/adapters/sqlite'
import { createRegister } from '../../src/register'

const argv = process.argv.slice(2)
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
const pageSize = Number(option('--page') ?? 10)
const lease = option('--lease')
const file = option('--store')?.replace(/^sqlite:/, '') ?? ''
const register = createRegister({
  store: await storeFromArgs(argv),
  readModels:
    lease === undefined
      ? await readModelsFromArgs(argv)
      : sqliteRegisterStore({ file, leaseMs: Number(lease) }),
  pageSize,
})
await register.catchUp({ onProgress: (done) => process.stdout.write(`wrote ${done}\n`) })
process.stdout.write('done\n')
