/** One year's official arrangement: the festivals as the notices state them, and the sources. */
export interface HolidayNotice {
  /** The year the notice arranges; its New Year holiday may start in December before it. */
  readonly year: number
  /** The State Council notices behind the year, with document number where known and date. */
  readonly sources: readonly string[]
  /** Each festival's days off and make-up working days, in the notice's order. */
  readonly festivals: readonly {
    /** The festival as the notice names it. */
    readonly name: string
    /** Days off the notice names: single dates, or `from/to` intervals with both ends off. */
    readonly off: readonly string[]
    /** Weekend days the notice makes working days (调休上班). */
    readonly work: readonly string[]
  }[]
}
