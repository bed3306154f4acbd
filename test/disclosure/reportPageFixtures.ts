import type { Ledger } from '../../src/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import { GROUP, newLedger } from '../ledger/fixtures'

const DISTRICT = '上海市金山区民政局'
const POLICY = 'a'.repeat(64)

/** How the group's history ends, if it does. */
export type Ending = 'active' | 'deregistered' | 'revoked' | 'certificate_revoked' | 'banned'

/**
 * A social group's record from 2016 to 2024, with what a reader of the platform expects to see
 * on one page: a registration with a supervising unit and a business scope, a change of
 * domicile and of legal representative, a 3A grade valid to the end of 2027, a fine, an
 * abnormal listing made by a rule (AB-05) and its removal, a serious listing still open, and
 * the ending asked for in March 2024. Returns the ledger and each entry's seq by name.
 */
export async function closedGroup(
  ending: Ending,
): Promise<{ ledger: Ledger; seq: Record<string, number> }> {
  const { ledger } = newLedger()
  const seq: Record<string, number> = {}
  const add = async (name: string, input: Omit<EntryInput, 'org'>) => {
    seq[name] = (await ledger.append({ org: GROUP, ...input } as EntryInput)).entries[0]
      ?.seq as number
  }
  await add('registration', {
    type: 'OrganizationRegistered',
    effectiveAt: '2016-03-01',
    by: DISTRICT,
    data: {
      name: '金山卫镇老年协会',
      kind: 'social_group',
      registrar: DISTRICT,
      registrarLevel: 'county',
      supervisingUnit: '金山卫镇人民政府',
      domicile: '上海市金山区金山卫镇卫通路1号',
      registeredFunds: 30000,
      certificateNumber: '沪金社证字第0013号',
      scope: '为老年人提供文体活动、互助服务和权益维护',
    },
    personal: [{ role: 'legal_representative', name: '王建国' }],
  })
  await add('change', {
    type: 'RegistrationChanged',
    effectiveAt: '2019-04-10',
    by: DISTRICT,
    data: {
      changes: [
        {
          field: 'domicile',
          before: '上海市金山区金山卫镇卫通路1号',
          after: '上海市金山区金山卫镇卫清西路88号',
        },
        { field: 'legal_representative' },
      ],
    },
    personal: [{ role: 'legal_representative', name: '李秀英' }],
  })
  await add('grade', {
    type: 'EvaluationGraded',
    effectiveAt: '2022-12-20',
    by: '上海市金山区社会组织评估委员会',
    data: {
      grade: '3A',
      evaluator: '上海市金山区社会组织评估委员会',
      evaluatorType: 'panel',
      evaluationKind: 'comprehensive',
      announcedOn: '2022-12-20',
      validFrom: '2022-12-20',
      validTo: '2027-12-19',
    },
  })
  await add('penalty', {
    type: 'PenaltyImposed',
    effectiveAt: '2021-05-10',
    by: DISTRICT,
    ref: '金民罚字〔2021〕5号',
    data: {
      sanctions: [{ kind: 'warning' }, { kind: 'fine', amount: 5000 }],
      ground: 'illegal_fees_or_donations',
      violated: { instrument: '《社会团体登记管理条例》', article: '第三十条' },
      facts: '违反规定向会员收取培训费',
      department: DISTRICT,
      decidedOn: '2021-05-10',
    },
  })
  await add('listing', {
    type: 'ListedOnAbnormalList',
    effectiveAt: '2021-06-01',
    by: 'rule:AB-05',
    cause: { rule: 'AB-05', policy: POLICY, inputs: [seq.penalty as number] },
    data: {
      reason: 'warning_or_small_fine',
      department: DISTRICT,
      basedOn: [seq.penalty as number],
    },
  })
  await add('removal', {
    type: 'RemovedFromAbnormalList',
    effectiveAt: '2022-06-01',
    by: DISTRICT,
    amends: seq.listing as number,
    data: { reason: 'expired', department: DISTRICT },
  })
  await add('serious', {
    type: 'ListedOnSeriousList',
    effectiveAt: '2023-09-01',
    by: DISTRICT,
    data: {
      reason: 'repeated_minor_penalties',
      department: DISTRICT,
      facts: '3年内2次受到警告或罚款处罚',
    },
  })
  if (ending === 'deregistered') {
    await add('ending', {
      type: 'Deregistered',
      effectiveAt: '2024-03-01',
      by: DISTRICT,
      data: { reason: 'dissolution', liquidationCompletedOn: '2024-02-20', department: DISTRICT },
    })
  } else if (ending === 'revoked' || ending === 'certificate_revoked') {
    await add('ending', {
      type: 'RegistrationRevoked',
      effectiveAt: '2024-03-01',
      by: DISTRICT,
      data: {
        kind: ending === 'revoked' ? 'registration_cancelled' : 'certificate_revoked',
        ground: 'no_activity_one_year',
        facts: '取得登记证书后1年内未开展活动',
        department: DISTRICT,
        decidedOn: '2024-02-26',
      },
    })
  } else if (ending === 'banned') {
    await add('ending', {
      type: 'Banned',
      effectiveAt: '2024-03-01',
      by: DISTRICT,
      data: {
        facts: '被撤销登记后继续以协会名义开展活动',
        department: DISTRICT,
        decidedOn: '2024-03-01',
      },
    })
  }
  return { ledger, seq }
}
