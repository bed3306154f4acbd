import * as z from 'zod'
import { type RegisteredKind, registeredKinds } from '../../identity'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import {
  type AuthorityLevel,
  authorityLevelSchema,
  type Enum,
  lineSchema,
  type Opt,
  type Strict,
  textSchema,
  yuanSchema,
} from './fields'

/**
 * A foundation's kind (基金会管理条例 Art. 3): `public_foundation` may raise funds from the public
 * (公募基金会), `non_public_foundation` may not (非公募基金会); DR-09's floor depends on it (Art. 29).
 */
export const foundationKinds = ['public_foundation', 'non_public_foundation'] as const

/** Whether a foundation is public (公募) or non-public (非公募). */
export type FoundationKind = (typeof foundationKinds)[number]

const organizationRegisteredData: Strict<{
  name: z.ZodString
  kind: Enum<RegisteredKind>
  registrar: z.ZodString
  registrarLevel: Enum<AuthorityLevel>
  supervisingUnit: Opt<z.ZodString>
  domicile: z.ZodString
  registeredFunds: z.ZodNumber
  certificateNumber: z.ZodString
  scope: Opt<z.ZodString>
  charity: Opt<z.ZodBoolean>
  foundationKind: Opt<Enum<FoundationKind>>
}> = z
  .strictObject({
    name: lineSchema,
    kind: z.enum(registeredKinds),
    /** The registration authority (登记管理机关), e.g. 上海市民政局. */
    registrar: lineSchema,
    registrarLevel: authorityLevelSchema,
    /** The business supervising unit (业务主管单位); many organizations register without one. */
    supervisingUnit: lineSchema.optional(),
    /** The registered address (住所). */
    domicile: lineSchema,
    /** Registered capital, founding funds or original fund (注册资金/开办资金/原始基金). */
    registeredFunds: yuanSchema,
    certificateNumber: z.string().min(1).max(64),
    /** The business scope (业务范围) in the charter. */
    scope: textSchema.optional(),
    /** True when registered as a charity (慈善组织) from the start; later recognition is its own entry. */
    charity: z.boolean().optional(),
    /** A foundation's kind (基金会管理条例 Art. 3), which sets its DR-09 spending floor. */
    foundationKind: z.enum(foundationKinds).optional(),
  })
  .refine((data) => data.foundationKind === undefined || data.kind === 'foundation', {
    message: 'only a foundation is public or non-public',
    path: ['foundationKind'],
  })

/**
 * A social organization was registered (成立登记); `effectiveAt` is its founding date. The
 * legal representative is a person and goes in the input's `personal` list, not the payload.
 */
export const organizationRegistered: EntryTypeDefinition<
  'OrganizationRegistered',
  typeof organizationRegisteredData
> = builtInEntryType({
  type: 'OrganizationRegistered',
  recordsPastFact: true,
  data: organizationRegisteredData,
  opensStream: true,
  category: 'basic',
  title: { en: 'Organization registered', zh: '成立登记' },
})

/** What the registration states. */
export type OrganizationRegisteredData = z.infer<typeof organizationRegisteredData>

const organizationFiledData: Strict<{
  name: z.ZodString
  filingAuthority: z.ZodString
  region: z.ZodString
  regionCode: Opt<z.ZodString>
  domicile: Opt<z.ZodString>
}> = z.strictObject({
  name: lineSchema,
  /** The street office or township government that took the filing (街道/乡镇). */
  filingAuthority: lineSchema,
  /** Where the group is active, e.g. 上海市浦东新区花木街道. */
  region: lineSchema,
  /** The GB/T 2260 code of the county-level division. */
  regionCode: z
    .string()
    .regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code')
    .optional(),
  domicile: lineSchema.optional(),
})

/**
 * A community group was filed (备案) rather than registered, on the day of `effectiveAt`; it
 * has no legal personality.
 */
export const organizationFiled: EntryTypeDefinition<
  'OrganizationFiled',
  typeof organizationFiledData
> = builtInEntryType({
  type: 'OrganizationFiled',
  recordsPastFact: true,
  data: organizationFiledData,
  opensStream: true,
  category: 'basic',
  title: { en: 'Community group filed', zh: '社区社会组织备案' },
})

/** What the filing states. */
export type OrganizationFiledData = z.infer<typeof organizationFiledData>
