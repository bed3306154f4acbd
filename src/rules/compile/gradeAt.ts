import type { CreditFile, GradeView } from '../../credit-file'
import type { Boundaries } from './dates'

/**
 * The grade held on a date: the file's grade if it was awarded by then, else none. The award
 * day is that of its EvaluationGraded entry; a later award is noted in `bounds`.
 */
export function gradeAt(file: CreditFile, at: string, bounds: Boundaries): GradeView | null {
  const grade = file.grade
  if (grade === null) return null
  const award = file.gradeHistory.find((event) => event.seq === grade.seq)
  const on = award?.on ?? grade.announcedOn
  bounds.add(on)
  return on <= at ? grade : null
}
