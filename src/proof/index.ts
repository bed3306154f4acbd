export { bytesEqual } from './bytesEqual'
export { type Checkpoint, checkpointText } from './checkpoint/checkpoint'
export { type ParsedCheckpoint, parseCheckpoint } from './checkpoint/parseCheckpoint'
export { signCheckpoint } from './checkpoint/signCheckpoint'
export {
  type VerifiedCheckpoint,
  type VerifyCheckpointOptions,
  verifyCheckpoint,
} from './checkpoint/verifyCheckpoint'
export { commitPersonalData, SALT_SIZE } from './commitment/commitPersonalData'
export {
  type ContentLeaf,
  type ContentPath,
  contentLeaves,
  contentOf,
} from './commitment/contentLeaves'
export { type DisclosedEntry, discloseEntry } from './commitment/disclosedEntry'
export { disclosedLeafHash } from './commitment/disclosedLeafHash'
export {
  type DisclosedPeople,
  disclosePeople,
  type ShownPersonField,
} from './commitment/disclosedPeople'
export { disclosedPeopleIssues } from './commitment/disclosedPeopleIssues'
export type { CommitmentTree } from './commitment/entryCommitments'
export {
  PERSON_FIELDS,
  type PeopleCommitments,
  type PersonCommitments,
  type PersonField,
  peopleCommitments,
  personFieldSalt,
} from './commitment/peopleCommitments'
export { PERSONAL_DATA_PREFIX, peopleHash } from './commitment/peopleHash'
export { randomSalt, randomSalts } from './commitment/randomSalt'
export { verifyPersonalData } from './commitment/verifyPersonalData'
export {
  currentEd25519,
  defaultEd25519,
  type Ed25519,
  hasReducedScalar,
  isStrictPublicKey,
  setEd25519,
} from './ed25519'
export { decodeHex, fromBase64, fromHex, toBase64, toHex } from './encoding'
export { entryLeafHash, leafData } from './entryLeafHash'
export { consistencyProof } from './merkle/consistencyProof'
export { emptyRoot } from './merkle/emptyRoot'
export { inclusionProof } from './merkle/inclusionProof'
export { leafHash } from './merkle/leafHash'
export { MerkleLog } from './merkle/merkleLog'
export { nodeHash } from './merkle/nodeHash'
export { rootHash } from './merkle/rootHash'
export { verifyConsistency } from './merkle/verifyConsistency'
export { verifyInclusion } from './merkle/verifyInclusion'
export { keyId } from './note/keyId'
export { type Note, type NoteSignature, parseNote } from './note/parseNote'
export { ed25519Signer, generateSigningKey, type Signer } from './note/signer'
export { signNote } from './note/signNote'
export { parseVerifierKey, type VerifierKey, verifierKey } from './note/verifierKey'
export { verifyNote } from './note/verifyNote'
export type { ConsistencyBundle, InclusionBundle } from './proofBundle'
export { defaultSha256, type Sha256, setSha256, sha256, sha256Concat } from './sha256'
export { entryBundle, MAX_BUNDLED_ENTRY, readEntryBundle } from './tiles/entryBundle'
export { type MonitorReport, type MonitorState, monitorTiledLog } from './tiles/monitorTiledLog'
export { type ReadTiledLog, readTiledLog, type TiledLogFile, tiledLogFiles } from './tiles/tiledLog'
export { parseTilePath, TILE_WIDTH, type Tile, tilePath } from './tiles/tilePath'
export { verifyEntryInclusion } from './verifyEntryInclusion'
export { type LedgerVerification, verifyLedger } from './verifyLedger'
export { type Cosigned, type CosignRequest, cosignCheckpoint } from './witness/cosignCheckpoint'
export { cosignerKey, parseCosignerKey } from './witness/cosignerKey'
export type { VerifiedCosignature } from './witness/verifyCosignatures'
export {
  type CheckedWitnessPolicy,
  type WitnessPolicy,
  witnessPolicy,
} from './witness/witnessPolicy'
export {
  emptyWitnessState,
  type WitnessedHead,
  type WitnessState,
  witnessStateSchema,
} from './witness/witnessState'
