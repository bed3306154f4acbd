/**
 * True when the request's `Accept` names JSON (`application/json` or `application/*`) and
 * weighs it no lower than plain text, the most specific range deciding each weight as RFC 9110
 * says. A request naming neither, or only `*\/*`, gets plain text.
 */
export function prefersJson(request: Request): boolean {
  const accept = request.headers.get('accept')
  if (accept === null) return false
  const ranges = accept.split(',').map((part) => {
    const [type = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase())
    const q = params.find((param) => param.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    return { type, weight: Number.isFinite(weight) ? weight : 0 }
  })
  const weightOf = (candidates: readonly string[]): number | undefined => {
    for (const candidate of candidates) {
      const match = ranges.find((range) => range.type === candidate)
      if (match !== undefined) return match.weight
    }
    return undefined
  }
  const json = weightOf(['application/json', 'application/*'])
  if (json === undefined || json <= 0) return false
  return json >= (weightOf(['text/plain', 'text/*', '*/*']) ?? 0)
}
