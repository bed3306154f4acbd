export {
  type CnPolicyParameters,
  cnHolidays,
  cnPolicy,
  cnPolicyParametersSchema,
  cnPolicyWith,
  nationalAnnualReports,
  nationalDisclosureOptions,
  nationalDisclosurePolicy,
} from './cn'
export { usAutoRevocationPolicy } from './us'
