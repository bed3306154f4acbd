export {
  type CnPolicyParameters,
  cnPolicy,
  cnPolicyParametersSchema,
  cnPolicyWith,
  nationalAnnualReports,
} from './cn'
export { usAutoRevocationPolicy } from './us'
