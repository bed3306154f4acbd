export { nationalAnnualReports } from './annualReports'
export { cnPolicy, cnPolicyWith } from './cnPolicy'
export { type CnPolicyParameters, cnPolicyParametersSchema } from './cnPolicyParameters'
