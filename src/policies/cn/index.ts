export { cnPolicy, cnPolicyWith } from './cnPolicy'
export { type CnPolicyParameters, cnPolicyParametersSchema } from './cnPolicyParameters'
