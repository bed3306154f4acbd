/**
 * The request as the routes see it, with the path the service is mounted at taken off;
 * `undefined` for a request outside it.
 */
export function withinBase(request: Request, base: string): Request | undefined {
  if (base === '') return request
  const url = new URL(request.url)
  if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return undefined
  url.pathname = url.pathname.slice(base.length) || '/'
  return new Request(url, request)
}

/**
 * A page's links, form actions and script with the path the service is mounted at put before
 * them. Only markup written here has `href="/`: every text from the register or a report has
 * its quotes escaped.
 */
export async function linkedUnderBase(response: Response, base: string): Promise<Response> {
  const type = response.headers.get('content-type') ?? ''
  if (base === '' || response.body === null || !type.startsWith('text/html')) return response
  const page = (await response.text()).replace(/ (href|action|src)="\//g, ` $1="${base}/`)
  return new Response(page, { status: response.status, headers: response.headers })
}
