import { useNodeCrypto } from '../../src/node'
import { defaultSha256, setSha256 } from '../../src/proof'
import type { Settings } from './benchCase'

/** Installs the SHA-256 the settings name for every hash the library computes in this process. */
export function installSha(settings: Settings): void {
  if (settings.sha === 'node') useNodeCrypto()
  else setSha256(defaultSha256)
}
