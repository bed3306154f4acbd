// The rule language's modules name the schema type aliases from beside them; they live in
// _internal so that the other domains (evaluation, policies, disclosure) share them.
export type { Enum, Frozen, List, Opt, Strict } from '../_internal/schemaTypes'
