import type { Row, Target } from './benchCase'
import { median, spread } from './stats'

const HEADER =
  '| case | measure | project | limit | ratio | spread (project / limit) | target | met |\n|---|---|--:|--:|--:|--:|---|:-:|'

/** The results as one Markdown table: medians, ratio of medians, spread, targets. */
export function markdownTable(rows: readonly Row[]): string {
  return [HEADER, ...rows.map(line)].join('\n')
}

function line(row: Row): string {
  if (row.status !== undefined) {
    return `| ${row.case} | ${row.measure} | ${row.status} | | | | ${targetsText(row.targets)} | |`
  }
  const project = median(row.project)
  const limit = row.limit === undefined ? Number.NaN : median(row.limit)
  const ratio = project / limit
  const limitCell =
    row.limit === undefined ? '' : `${figure(limit)}${row.limitLabel ? ` (${row.limitLabel})` : ''}`
  const spreads =
    row.limit === undefined
      ? percent(spread(row.project))
      : `${percent(spread(row.project))} / ${percent(spread(row.limit))}`
  return `| ${row.case} | ${row.measure} | ${figure(project)} ${row.unit} | ${limitCell} | ${Number.isFinite(ratio) ? ratio.toFixed(2) : ''} | ${spreads} | ${targetsText(row.targets)} | ${verdict(row.targets, project, ratio)} |`
}

/** Whether every target of a row is met: ✓, ✗, or blank when it has none. */
export function verdict(
  targets: readonly Target[] | undefined,
  project: number,
  ratio: number,
): string {
  if (targets === undefined || targets.length === 0) return ''
  return targets.every((target) => meets(target, project, ratio)) ? '✓' : '✗'
}

function meets(target: Target, project: number, ratio: number): boolean {
  if ('ratioAtLeast' in target) return ratio >= target.ratioAtLeast
  if ('ratioAtMost' in target) return ratio <= target.ratioAtMost
  if ('atLeast' in target) return project >= target.atLeast
  return project <= target.atMost
}

function targetsText(targets: readonly Target[] | undefined): string {
  if (targets === undefined) return ''
  return targets
    .map((target) =>
      'ratioAtLeast' in target
        ? `ratio ≥ ${target.ratioAtLeast}`
        : 'ratioAtMost' in target
          ? `ratio ≤ ${target.ratioAtMost}`
          : 'atLeast' in target
            ? `≥ ${figure(target.atLeast)}`
            : `≤ ${figure(target.atMost)}`,
    )
    .join(', ')
}

/** A figure with three significant digits and thousands separators. */
export function figure(value: number): string {
  if (!Number.isFinite(value)) return '–'
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US')
  return Number(value.toPrecision(3)).toString()
}

function percent(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(0)}%` : '–'
}
