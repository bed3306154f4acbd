import type { Entry } from '../events/catalogue'
import type { CreditFileDraft } from './creditFile'
import { annualInspectionConcluded, annualReportFiled } from './sections/annual'
import {
  certificateIssued,
  certificateRecalled,
  certificateReturned,
} from './sections/certificates'
import { closed } from './sections/closure'
import { activityHeld, commended, disclosurePublished } from './sections/conduct'
import { entryCorrected, entryRetracted, personalDataErased } from './sections/corrections'
import {
  eligibilityDecided,
  evaluationScored,
  evaluatorAssigned,
  resultNoticed,
  reviewAnswered,
  reviewRequested,
} from './sections/evaluationSteps'
import {
  evaluationApplied,
  evaluationConcluded,
  evaluationEndedWithGrade,
  evaluationInitiated,
} from './sections/evaluations'
import { evaluationGraded, gradeCancelled, gradeDowngraded } from './sections/grade'
import {
  charityRecognized,
  fundraisingGranted,
  fundraisingRevoked,
  organizationFiled,
  organizationRegistered,
} from './sections/identity'
import {
  dishonestDebtorListed,
  dishonestDebtorRemoved,
  listedOnAbnormalList,
  listedOnSeriousList,
  removedFromAbnormalList,
  removedFromSeriousList,
} from './sections/lists'
import { objectionFiled, objectionResolved } from './sections/objections'
import { penaltyImposed, penaltyRevoked } from './sections/penalties'
import { rectificationCompleted, rectificationOrdered } from './sections/rectifications'
import { changeRegistrationRevoked, registrationChanged } from './sections/registration'

/**
 * What one entry does to a file, written once for both paths: the full fold runs it on a
 * plain object, `evolve` on an immer draft.
 */
export function step(draft: CreditFileDraft, entry: Entry): void {
  switch (entry.type) {
    case 'OrganizationRegistered':
      organizationRegistered(draft, entry)
      return
    case 'OrganizationFiled':
      organizationFiled(draft, entry)
      return
    case 'RegistrationChanged':
      registrationChanged(draft, entry)
      return
    case 'ChangeRegistrationRevoked':
      changeRegistrationRevoked(draft, entry)
      return
    case 'CharityRecognized':
      charityRecognized(draft, entry)
      return
    case 'PublicFundraisingQualificationGranted':
      fundraisingGranted(draft, entry)
      return
    case 'PublicFundraisingQualificationRevoked':
      fundraisingRevoked(draft, entry)
      return
    case 'ActivityHeld':
      activityHeld(draft, entry)
      return
    case 'AnnualReportFiled':
      annualReportFiled(draft, entry)
      return
    case 'AnnualInspectionConcluded':
      annualInspectionConcluded(draft, entry)
      return
    case 'RectificationOrdered':
      rectificationOrdered(draft, entry)
      return
    case 'RectificationCompleted':
      rectificationCompleted(draft, entry)
      return
    case 'EvaluationApplied':
      evaluationApplied(draft, entry)
      return
    case 'EvaluationInitiated':
      evaluationInitiated(draft, entry)
      return
    case 'EvaluationEligibilityDecided':
      eligibilityDecided(draft, entry)
      return
    case 'EvaluatorAssigned':
      evaluatorAssigned(draft, entry)
      return
    case 'EvaluationScored':
      evaluationScored(draft, entry)
      return
    case 'EvaluationResultNoticed':
      resultNoticed(draft, entry)
      return
    case 'EvaluationReviewRequested':
      reviewRequested(draft, entry)
      return
    case 'EvaluationReviewAnswered':
      reviewAnswered(draft, entry)
      return
    case 'EvaluationGraded':
      evaluationGraded(draft, entry)
      evaluationEndedWithGrade(draft, entry)
      return
    case 'EvaluationConcluded':
      evaluationConcluded(draft, entry)
      return
    case 'EvaluationCertificateIssued':
      certificateIssued(draft, entry)
      return
    case 'EvaluationCertificateReturned':
      certificateReturned(draft, entry)
      return
    case 'GradeDowngraded':
      certificateRecalled(draft, entry)
      gradeDowngraded(draft, entry)
      return
    case 'GradeCancelled':
      certificateRecalled(draft, entry)
      gradeCancelled(draft, entry)
      return
    case 'Commended':
      commended(draft, entry)
      return
    case 'PenaltyImposed':
      penaltyImposed(draft, entry)
      return
    case 'PenaltyRevoked':
      penaltyRevoked(draft, entry)
      return
    case 'ListedOnAbnormalList':
      listedOnAbnormalList(draft, entry)
      return
    case 'RemovedFromAbnormalList':
      removedFromAbnormalList(draft, entry)
      return
    case 'ListedOnSeriousList':
      listedOnSeriousList(draft, entry)
      return
    case 'RemovedFromSeriousList':
      removedFromSeriousList(draft, entry)
      return
    case 'DishonestDebtorListed':
      dishonestDebtorListed(draft, entry)
      return
    case 'DishonestDebtorRemoved':
      dishonestDebtorRemoved(draft, entry)
      return
    case 'DisclosurePublished':
      disclosurePublished(draft, entry)
      return
    case 'ObjectionFiled':
      objectionFiled(draft, entry)
      return
    case 'ObjectionResolved':
      objectionResolved(draft, entry)
      return
    case 'EntryCorrected':
      entryCorrected(draft, entry)
      return
    case 'EntryRetracted':
      entryRetracted(draft, entry)
      return
    case 'PersonalDataErased':
      personalDataErased(draft, entry)
      return
    case 'Deregistered':
    case 'RegistrationRevoked':
    case 'Banned':
      closed(draft, entry)
      return
  }
}
