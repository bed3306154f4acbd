/** What the town year expects, and whether it held: printed, and the exit code if one fails. */
export interface TownCheck {
  readonly says: string
  readonly holds: boolean
}

/** Prints the checks, one line each, and returns whether all held. */
export function showChecks(checks: readonly TownCheck[]): boolean {
  const failed = checks.filter((check) => !check.holds)
  console.log(`\nexpected: ${checks.length - failed.length} of ${checks.length} hold`)
  for (const check of checks) console.log(`  ${check.holds ? '✓' : '✗'} ${check.says}`)
  return failed.length === 0
}
