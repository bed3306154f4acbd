import { isIsoDate } from '../../time'
import { changeLabel, fieldLabel, formatValue } from '../render/formatValue'
import { itemName } from '../render/itemName'
import type { CellView, ItemReader } from './itemReader'
import type { ReportBlock, ReportColumn } from './reportBlocks'
import { reportedValidity } from './reportedValidity'
import type { RowContext } from './reportRows'

type Cells = { readonly [K in ReportColumn]?: CellView | undefined }

/**
 * The cells of one row of `block`, column by column, as the national platform lays the
 * table out; a list stay reads its removal too, whose cells carry the removal's seq.
 */
export function blockCells(
  block: ReportBlock,
  item: ItemReader,
  removal: ItemReader | undefined,
  context: RowContext,
): Cells {
  const { labels } = context
  const text = (value: string): CellView => ({ text: value })
  const year = (value: unknown) =>
    typeof value === 'number' ? labels.year(value) : formatValue(value, labels)
  switch (block) {
    case 'basic':
      return {}
    case 'notices':
      return {
        date: item.date(),
        matter: text(item.title),
        details:
          item.item.entry.type === 'RegistrationChanged' ? changes(item, context) : undefined,
      }
    case 'inspections':
      return primary(item, 'AnnualInspectionConcluded', {
        year: item.field('year', year),
        result: item.field('result'),
        authority: item.field('department'),
        date: item.date(),
      })
    case 'annualReports':
      return {
        year: item.field('year', year),
        title: item.field('title'),
        date: item.date(),
        filedWith: item.field('filedWith'),
      }
    case 'grade':
      return gradeCells(item, context)
    case 'commendations':
      return primary(item, 'Commended', {
        honour: item.field('honour'),
        level: item.field('level'),
        authority: item.field('awardedBy'),
        date: item.date(),
      })
    case 'donationDeduction':
      return primary(item, 'DonationDeductionQualificationGranted', {
        validity: validityCell(item, context),
        departments: item.field('departments'),
        date: item.date(),
        result: item.field('reason'),
      })
    case 'servicePurchases':
      return primary(item, 'ServicePurchaseContracted', {
        project: item.field('project'),
        buyer: item.field('buyer'),
        mode: item.field('mode'),
        amount: item.field('amount', (value) => labels.yuan(value as number)),
        term: item.field('period'),
        result: item.field('result'),
        date: item.date(),
      })
    case 'penalties':
      return penaltyCells(item, context)
    case 'lists': {
      const list = {
        ListedOnAbnormalList: labels.status.abnormal,
        RemovedFromAbnormalList: labels.status.abnormal,
        ListedOnSeriousList: labels.status.serious,
        RemovedFromSeriousList: labels.status.serious,
        DishonestDebtorListed: labels.status.debtor,
        DishonestDebtorRemoved: labels.status.debtor,
      }[item.item.entry.type]
      const removed = item.item.entry.type.includes('Remove') ? item : removal
      const listing = removed === item ? undefined : item
      const own = (cell: CellView | undefined): CellView | undefined =>
        cell === undefined || removed === undefined || removed === item
          ? cell
          : { ...cell, seq: removed.item.entry.seq }
      // One authority for the stay when the same department listed and removed.
      const listedBy = listing?.value('department')
      if (removed !== item && removed?.peek('department') === listedBy) removed?.value('department')
      return {
        list: text(list ?? item.title),
        listedOn: listing?.date(),
        listReason: listing?.first('reason', 'caseNumber'),
        authority: listing?.first('department', 'court') ?? removed?.first('department', 'court'),
        removedOn: own(removed?.date()),
        removalReason: own(removed?.field('reason')),
      }
    }
    case 'disclosures':
      return {
        date: item.date(),
        category: item.first('category', 'kind') ?? text(item.title),
        title: item.first('title', 'description'),
        details: item.field('body') ?? text(''),
      }
    case 'record':
      return {
        date: item.date(),
        matter: text(item.title),
        concerns: text(concerns(item, context)),
        details: item.field('outcome') ?? text(''),
      }
  }
}

// Rows of another type than the table's own show their title in the first column.
// A qualification's stated period, as the grade's validity is shown; a report whose days are
// not calendar days (a malformed or hand-edited one) shows them as they are.
function validityCell(item: ItemReader, context: RowContext): CellView | undefined {
  const from = item.value('validFrom')
  const to = item.value('validTo')
  if (typeof from !== 'string' || typeof to !== 'string') return undefined
  if (!isIsoDate(from) || !isIsoDate(to)) return { text: `${from} – ${to}` }
  return { text: context.labels.range(from, to) }
}

function primary(item: ItemReader, type: string, cells: Cells): Cells {
  if (item.item.entry.type === type) return cells
  const [first] = Object.keys(cells) as ReportColumn[]
  return first === undefined ? cells : { ...cells, [first]: { text: item.title } }
}

function gradeCells(item: ItemReader, context: RowContext): Cells {
  const { labels } = context
  const { type } = item.item.entry
  const date = item.field('announcedOn') ?? item.date()
  if (type === 'EvaluationGraded') {
    const validity = reportedValidity(
      item.value('announcedOn'),
      item.value('validFrom'),
      item.value('validTo'),
    )
    item.value('evaluatorType')
    const kind = item.field('evaluationKind')
    const awarded = item.field('grade')
    return {
      grade:
        awarded === undefined || kind === undefined
          ? awarded
          : { ...awarded, text: `${awarded.text}${labels.aside(kind.text)}` },
      validity:
        validity === undefined
          ? undefined
          : { text: labels.range(validity.validFrom, validity.validTo) },
      evaluator: item.field('evaluator'),
      date,
    }
  }
  if (type === 'GradeDowngraded' || type === 'GradeCancelled') {
    const lowered = item.value('to')
    const grade =
      typeof lowered === 'string'
        ? `${item.title}${labels.colon}${formatValue(item.value('from'), labels)} → ${lowered}`
        : item.title
    return { grade: { text: grade }, evaluator: item.field('department'), date }
  }
  // A step of the evaluation: its title and the grade it names (proposed, certified, or
  // given on review); its other fields follow the table.
  const key = type === 'EvaluationResultNoticed' ? 'proposedGrade' : 'grade'
  const named = item.value(key)
  const what = key === 'grade' ? '' : `${fieldLabel(key, labels)} `
  const grade =
    typeof named === 'string' ? `${item.title}${labels.colon}${what}${named}` : item.title
  return { grade: { text: grade }, evaluator: item.field('department'), date }
}

function penaltyCells(item: ItemReader, context: RowContext): Cells {
  const { labels } = context
  const { entry } = item.item
  const basis = ['violated', 'basis']
    .map((key) => item.field(key)?.text)
    .filter((part) => part !== undefined)
  let sanctions = entry.type === 'PenaltyImposed' ? item.field('sanctions') : undefined
  if (entry.type === 'RegistrationRevoked') sanctions = item.field('kind')
  sanctions ??= { text: item.title }
  return {
    decisionNo: entry.ref === undefined ? undefined : { text: entry.ref },
    facts: item.field('facts'),
    basis: basis.length === 0 ? undefined : { text: basis.join(labels.separator) },
    sanctions,
    authority: item.field('department'),
    date: item.field('decidedOn') ?? item.date(),
  }
}

// A change registration's particulars, the legal representative by the name shown with it
// (住所由A变更为B；法定代表人变更为李秀英).
function changes(item: ItemReader, context: RowContext): CellView | undefined {
  const { labels } = context
  const people = item.people()
  const named = people.find((person) => person.role === 'legal_representative')
  const others = people
    .filter((person) => person !== named)
    .map((person) => `${person.label}${labels.colon}${person.value}`)
  const words = (value: unknown): string => {
    const list = Array.isArray(value) ? value : [value]
    return list
      .map((change) => {
        const { field } = (change ?? {}) as { field?: unknown }
        if (field !== 'legal_representative' || named === undefined)
          return formatValue(change, labels)
        return labels.change(changeLabel(field, labels), undefined, named.value)
      })
      .join(labels.separator)
  }
  const cell = item.field('changes', words)
  if (others.length === 0) return cell
  const text = [cell?.text, ...others].filter((part) => part !== undefined).join(labels.separator)
  return { ...cell, text }
}

// What an objection disputes or an amending entry amends, named by day and title.
function concerns(item: ItemReader, context: RowContext): string {
  const { entry } = item.item
  const disputes = entry.type === 'ObjectionFiled' ? item.value('disputes') : undefined
  const seqs = Array.isArray(disputes) ? disputes : entry.amends === undefined ? [] : [entry.amends]
  return seqs
    .map((seq) => context.bySeq.get(seq as number))
    .filter((target) => target !== undefined)
    .map((target) => itemName(target, context.labels))
    .join(context.labels.listSeparator)
}
