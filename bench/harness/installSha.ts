import { useNodeCrypto } from '../../src/node'
import { defaultEd25519, defaultSha256, setEd25519, setSha256 } from '../../src/proof'
import type { Settings } from './benchCase'

/** Installs the crypto the settings name for every hash and signature the library computes in this process. */
export function installSha(settings: Settings): void {
  if (settings.sha === 'node') useNodeCrypto()
  else {
    setSha256(defaultSha256)
    setEd25519(defaultEd25519)
  }
}
