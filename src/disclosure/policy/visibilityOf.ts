import type { Visibility } from '../../events'
import type { ContentPath, PersonField } from '../../proof'
import type { DisclosurePolicy, FieldVisibility, VisibilityRule } from '../../rules'

const RANK: Readonly<Record<Visibility, number>> = { public: 0, authorities: 1, internal: 2 }

/** The visibility rule a policy sets for an entry type. */
export function ruleFor(policy: DisclosurePolicy, type: string): VisibilityRule {
  return (
    (policy.visibility.types as Record<string, VisibilityRule | undefined>)[type] ??
    policy.visibility.default
  )
}

/**
 * Who may see an entry under `policy`. `declared` reads the entry's `data.visibility`;
 * `inherit` is public exactly when the amended entry is shown.
 */
export function entryVisibilityOf(
  policy: DisclosurePolicy,
  entry: { readonly type: string; readonly data?: unknown },
  targetShown: boolean,
): Visibility {
  const rule = ruleFor(policy, entry.type).entry
  if (rule === 'inherit') return targetShown ? 'public' : 'authorities'
  if (rule !== 'declared') return rule
  const declared = (entry.data as { visibility?: unknown } | undefined)?.visibility
  return declared === 'public' || declared === 'internal' ? declared : 'authorities'
}

/**
 * Who may see the field at `path` of an entry of `type`. The longest policy path that covers
 * the field decides; a policy path inside the field (a hidden part of a value shown whole)
 * can only make it more private. `target` is resolved against `targetType`, the type of the
 * amended entry, and is `authorities` when there is none.
 */
export function fieldVisibilityOf(
  policy: DisclosurePolicy,
  type: string,
  path: ContentPath,
  targetType?: string,
): Visibility {
  const rule = ruleFor(policy, type)
  let longest = -1
  let chosen: Visibility = resolve(rule.otherFields ?? 'public', [], path)
  let inside: Visibility = 'public'
  for (const [key, value] of Object.entries(rule.fields ?? {})) {
    const keyPath = key.split('.')
    if (startsWith(path, keyPath)) {
      if (keyPath.length > longest) {
        longest = keyPath.length
        chosen = resolve(value, keyPath, path)
      }
    } else if (startsWith(keyPath, path)) {
      inside = stricter(inside, resolve(value, keyPath, keyPath))
    }
  }
  return stricter(chosen, inside)

  function resolve(
    value: FieldVisibility,
    keyPath: readonly string[],
    at: ContentPath,
  ): Visibility {
    if (value !== 'target') return value
    if (targetType === undefined) return 'authorities'
    return fieldVisibilityOf(policy, targetType, ['data', ...at.slice(keyPath.length)])
  }
}

/**
 * Who may see `field` of a person with `role` named beside an entry of `type`: the public
 * when one of the policy's `people` rules names the role, the field and the type, the
 * authorities otherwise. Whether the entry itself is shown is `entryVisibilityOf`'s answer.
 */
export function personFieldVisibilityOf(
  policy: DisclosurePolicy,
  type: string,
  role: string,
  field: PersonField,
): Visibility {
  const shown = (policy.people ?? []).some(
    (rule) =>
      rule.roles.includes(role) &&
      rule.fields.includes(field) &&
      (rule.types === undefined || (rule.types as readonly string[]).includes(type)),
  )
  return shown ? 'public' : 'authorities'
}

/** The more private of two visibilities. */
export function stricter(a: Visibility, b: Visibility): Visibility {
  return RANK[a] >= RANK[b] ? a : b
}

function startsWith(path: ContentPath, prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key)
}
