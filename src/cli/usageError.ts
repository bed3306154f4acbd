/**
 * A command used wrongly: an option with a malformed value, a missing workspace. It ends the
 * run with exit code 2 and never reaches the ledger.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
