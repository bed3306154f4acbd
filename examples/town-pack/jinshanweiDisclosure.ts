import {
  type DisclosurePolicy,
  disclosingHostTypes,
  disclosurePolicy,
  nationalDisclosurePolicy,
} from '../../src/index'
import { jinshanweiTypes } from './jinshanweiTypes'
import { ASSESSMENT_RESULTS, FOUNDING_DOCUMENT } from './source'

const national = disclosingHostTypes(nationalDisclosurePolicy, jinshanweiTypes)

/**
 * What the town publishes: the national policy, the town's types as each declares (assessments
 * and exemplars public, plans and duty reports for the authorities), and an assessment's
 * remarks kept for the authorities. Pass it to `ledger.publicReport` and to `verifyReport`.
 */
export const jinshanweiDisclosure: DisclosurePolicy = disclosurePolicy({
  ...national,
  id: 'cn-national-jinshanwei',
  title: {
    zh: '社会组织信用信息公开（含金山卫镇考核结果）',
    en: 'Disclosure of credit information, with the Jinshanwei assessments',
  },
  sources: [
    ...national.sources,
    {
      instrument: FOUNDING_DOCUMENT.instrument,
      article: ASSESSMENT_RESULTS,
      note: '评估结果要向社会公布：the results are public, the panel’s remarks are not.',
    },
  ],
  visibility: {
    ...national.visibility,
    types: {
      ...national.visibility.types,
      'jinshanwei.Assessed': { entry: 'public', fields: { 'data.remarks': 'authorities' } },
    },
  },
})
