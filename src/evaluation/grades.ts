/** The evaluation grades (评估等级), lowest first (EV-11). */
export const grades = ['1A', '2A', '3A', '4A', '5A'] as const

/** One of `1A` (lowest) to `5A`, the letter form `A`…`AAAAA` of Order 39 written short. */
export type Grade = (typeof grades)[number]
