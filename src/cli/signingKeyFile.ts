import { chmod, readFile, writeFile } from 'node:fs/promises'
import { LedgerError } from '../errors'
import { ed25519Signer, generateSigningKey, type Signer, verifierKey } from '../proof'

const PREFIX = 'PRIVATE+KEY+'

/**
 * The text of a signing key file: a signed-note private key, `PRIVATE+KEY+<name>+<key
 * hash>+<base64 of 0x01 and the 32-byte secret>`, the form Go's note package and the
 * transparency-log tools read, so the key names the log it signs for.
 */
export function signingKeyText(name: string, secretKey: Uint8Array): string {
  const signer = ed25519Signer(name, secretKey)
  const [, hash] = verifierKey(signer).split('+')
  const bytes = Buffer.concat([Buffer.from([1]), Buffer.from(secretKey)])
  return `${PREFIX}${name}+${hash}+${bytes.toString('base64')}\n`
}

/** The signer a signing key file holds; `INVALID_INPUT` naming the file when it does not parse. */
export function signerOfKeyText(text: string, file: string): Signer {
  // Base64 has "+" in its alphabet: the key data is everything after the fourth "+".
  const split = text.trim().split('+')
  const parts = [...split.slice(0, 4), split.slice(4).join('+')]
  const bytes = Buffer.from(parts[4] ?? '', 'base64')
  if (split.length < 5 || `${parts[0]}+${parts[1]}+` !== PREFIX || bytes.length !== 33) {
    throw new LedgerError('INVALID_INPUT', `${file} is not a signing key file (PRIVATE+KEY+…)`, [
      { code: 'invalid_key_file', path: ['key'], message: `${file} is not a signing key file` },
    ])
  }
  const signer = ed25519Signer(parts[2] as string, new Uint8Array(bytes.subarray(1)))
  bytes.fill(0)
  if (verifierKey(signer).split('+')[1] !== parts[3]) {
    throw new LedgerError('INVALID_INPUT', `${file}: the key hash does not match the key`, [
      { code: 'invalid_key_file', path: ['key'], message: 'the key hash does not match the key' },
    ])
  }
  return signer
}

/**
 * Writes a fresh signing key for `name` to `file`, readable and writable by its owner only,
 * refusing to overwrite a file that exists. Returns the signer.
 */
export async function createSigningKeyFile(file: string, name: string): Promise<Signer> {
  const secretKey = generateSigningKey()
  const text = signingKeyText(name, secretKey)
  await writeFile(file, text, { mode: 0o600, flag: 'wx' })
  // The mode passed to open is masked by the umask; set it again to be sure.
  await chmod(file, 0o600)
  const signer = ed25519Signer(name, secretKey)
  secretKey.fill(0)
  return signer
}

/** Reads the signer a signing key file holds. */
export async function readSigningKeyFile(file: string): Promise<Signer> {
  return signerOfKeyText(await readFile(file, 'utf8'), file)
}
