// One short scenario, shared by the ESM and CJS smoke tests, given the package's exports.
import assert from 'node:assert/strict'

const EXPECTED = [
  'createLedger',
  'memoryStore',
  'validateUscc',
  'LedgerError',
  'isLedgerError',
  'verifyCheckpoint',
  'verifyLedger',
  'verifyEntryInclusion',
  'leafHash',
  'rootHash',
  'inclusionProof',
  'verifyInclusion',
  'consistencyProof',
  'verifyConsistency',
  'ed25519Signer',
  'fixedClock',
  'creditFileOf',
]

export async function run(api, useNodeCrypto) {
  for (const name of EXPECTED) assert.equal(typeof api[name], 'function', `${name} is exported`)

  // RFC 6962 reference: the root over the eight reference leaves.
  const hex = (s) => Uint8Array.from(s.match(/../g) ?? [], (b) => Number.parseInt(b, 16))
  const inputs = [
    '',
    '00',
    '10',
    '2021',
    '3031',
    '40414243',
    '5051525354555657',
    '606162636465666768696a6b6c6d6e6f',
  ]
  const leaves = inputs.map((s) => api.leafHash(hex(s)))
  const root = Buffer.from(api.rootHash(leaves)).toString('hex')
  assert.equal(root, '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328')
  const proof = api.inclusionProof(leaves, 5)
  assert.ok(api.verifyInclusion(leaves[5], 5, 8, proof, api.rootHash(leaves)))

  assert.equal(api.validateUscc('53100000500021676K').success, true)
  assert.equal(api.validateUscc('53100000500020462H').success, false)

  useNodeCrypto()
  const signer = api.ed25519Signer('smoke.test/ledger', new Uint8Array(32).fill(3))
  const ledger = api.createLedger({
    store: api.memoryStore(),
    clock: api.fixedClock('2024-01-01T00:00:00Z'),
    signer,
  })
  const org = '53100000500021676K'
  await ledger.append({
    org,
    type: 'OrganizationRegistered',
    effectiveAt: '2010-06-01',
    by: '民政部',
    data: {
      name: '北京理工大学教育基金会',
      kind: 'foundation',
      registrar: '民政部',
      registrarLevel: 'national',
      domicile: '北京市海淀区中关村南大街5号',
      registeredFunds: 20000000,
      certificateNumber: '基证字第0001号',
    },
  })
  await assert.rejects(
    () => ledger.append({ org, type: 'Nonsense', effectiveAt: '2020-01-01', by: 'x', data: {} }),
    (error) => api.isLedgerError(error) && error.code === 'INVALID_INPUT',
  )
  const note = await ledger.checkpoint()
  assert.equal(api.verifyCheckpoint(note, signer.publicKey).success, true)
  const entries = await ledger.entries(org)
  assert.equal(api.verifyLedger(entries, note, signer.publicKey).success, true)
  const file = await ledger.creditFile(org)
  assert.equal(file.status, 'active')
  assert.ok(Object.isFrozen(file))
}
