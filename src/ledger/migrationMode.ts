import type { Issue } from '../errors'
import type { ValidInput } from './entryInput'

/**
 * The issues of inputs that do not fit the append's mode. Records carried over from another
 * system come in only on purpose, in migration mode, and each says when that system recorded
 * it; nothing else may claim an earlier recording, so `migrated` is refused outside the mode.
 * Issue paths start with the input's index when the call gave an array.
 */
export function migrationModeIssues(
  inputs: readonly ValidInput[],
  migration: boolean,
  batch: boolean,
): Issue[] {
  const issues: Issue[] = []
  inputs.forEach((input, index) => {
    const path = batch ? [index, 'migrated'] : ['migrated']
    if (!migration && input.migrated !== undefined) {
      issues.push({
        code: 'migration_not_enabled',
        path,
        message:
          'migrated is taken only in migration mode: append records carried over from another system with { migration: true }',
      })
    } else if (migration && input.migrated === undefined) {
      issues.push({
        code: 'not_migrated',
        path,
        message:
          'in migration mode every entry says when the other system recorded it, in migrated.recordedAt',
      })
    }
  })
  return issues
}
