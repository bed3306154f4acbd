export { type CnPolicyParameters, cnPolicy, cnPolicyParametersSchema, cnPolicyWith } from './cn'
export { usAutoRevocationPolicy } from './us'
