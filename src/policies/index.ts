export {
  type CnPolicyParameters,
  cnHolidays,
  cnPolicy,
  cnPolicyParametersSchema,
  cnPolicyWith,
  nationalAnnualReports,
} from './cn'
export { usAutoRevocationPolicy } from './us'
