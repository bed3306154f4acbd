import { type Predicate, where } from '../../rules'

/**
 * AB-08 (2017 draft of Order 60, Art. 12): a penalty or rectification order for which the
 * supervising unit or another department had not, by the date, certified in writing that the
 * organization was not directly responsible. The draft says the registrar "may" then skip the
 * listing; the pack skips it, and a registrar who lists all the same records the listing.
 */
export const notCertifiedNotResponsible: Predicate = where.any(
  where.missing('notResponsibleOn'),
  where.gt('notResponsibleOn', where.at),
)
