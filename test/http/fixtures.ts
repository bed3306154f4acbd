import { createQueryHandler, type QueryHandler } from '../../src/http'
import type { QueryHandlerOptions } from '../../src/http/queryHandlerOptions'
import { ed25519Signer, type Signer, verifierKey } from '../../src/proof'
import { createRegister } from '../../src/register'
import { townLedger } from '../register/town'

/** The day the town's service answers on: after the last entry of its history. */
export const TODAY = '2026-06-30'

/** The key the town's log is signed with, and its verifier key text. */
export const townSigner: Signer = ed25519Signer(
  'jinshan.example/credit',
  new Uint8Array(32).fill(7),
)
export const PUBLIC_KEY: string = verifierKey(townSigner)

/** A stand-in for the browser verifier's script. */
export const SCRIPT = "import('./verify.js').then((module) => module.run())\n"

/** The youth centre: on the abnormal list from 2020-07-01 to 2020-09-21. */
export const YOUTH = '52310116MJ4B105394'

/** The query service over the town of the examples, its register caught up. */
export async function townService(
  options: Partial<Pick<QueryHandlerOptions, 'verifierScript' | 'pageSize' | 'onError'>> = {
    verifierScript: SCRIPT,
  },
): Promise<{ handler: QueryHandler } & Pick<QueryHandlerOptions, 'ledger' | 'register'>> {
  const { ledger, store } = await townLedger()
  const register = createRegister({ store })
  await register.catchUp()
  const handler = createQueryHandler({
    ledger,
    register,
    publicKey: PUBLIC_KEY,
    today: () => TODAY,
    ...options,
  })
  return { handler, ledger, register }
}

/** Asks the handler for `path` on a made-up host, as a host would pass the request on. */
export function get(
  handler: Pick<QueryHandler, 'fetch'>,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  return handler.fetch(new Request(`http://register.example${path}`, init))
}
