import type { EntryInput } from '../ledger'
import { sampleOrganizationId } from './sampleOrganizationId'

const REGISTRAR = '上海市金山区民政局'

/** The organization that batch `index` of a kill test registers. */
export function killBatchOrganization(index: number): string {
  return sampleOrganizationId(9_000_000 + index)
}

/**
 * Batch `index` of a kill test: the registration of a new organization, then `size - 1`
 * disclosures spread over it and the organizations of the three batches before, so the batch
 * spans several streams. Entry `i` carries the ref `kill:<index>:<i>/<size>`, so a reopened
 * store shows whether each batch landed whole. Append the batches in order, one at a time.
 */
export function killBatch(index: number, size: number): EntryInput[] {
  const ref = (i: number) => `kill:${index}:${i}/${size}`
  const org = killBatchOrganization(index)
  const inputs: EntryInput[] = [
    {
      org,
      type: 'OrganizationRegistered',
      effectiveAt: '2016-03-01',
      by: REGISTRAR,
      ref: ref(0),
      data: {
        name: `金山区志愿服务协会第${index}分会`,
        kind: 'social_group',
        registrar: REGISTRAR,
        registrarLevel: 'county',
        domicile: '上海市金山区朱泾镇南圩路1号',
        registeredFunds: 30000,
        certificateNumber: `沪金社证字第K${index}号`,
      },
      personal: [{ role: 'legal_representative', name: '周志明' }],
    },
  ]
  for (let i = 1; i < size; i++) {
    const target = killBatchOrganization(index - (i % Math.min(index + 1, 4)))
    inputs.push({
      org: target,
      type: 'DisclosurePublished',
      effectiveAt: '2020-06-30',
      by: target,
      ref: ref(i),
      data: {
        category: 'project',
        title: `第${index}批第${i}条项目公告`,
        body: '本会志愿服务项目已按计划完成，服务时长与受益人数经理事会审核后予以公开。',
        visibility: 'public',
      },
    })
  }
  return inputs
}
