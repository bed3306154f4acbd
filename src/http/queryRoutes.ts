import { Hono } from 'hono'
import { VERIFIER_PATH } from './pages/organizationPage'
import { problemResponse } from './problemResponse'
import { verificationRoute, verifierScriptRoute } from './routes/assetRoutes'
import { listApiRoute, listPageRoute } from './routes/listRoutes'
import { checkpointRoute, consistencyRoute, publicKeyRoute } from './routes/logRoutes'
import { reportApiRoute, reportPageRoute } from './routes/reportRoutes'
import { searchApiRoute, searchPageRoute } from './routes/searchRoutes'
import type { Service } from './service'

/**
 * Every address of the service, for GET and HEAD (which Hono answers as GET without the
 * body); any other method gets 405 wherever it asks, and an error `failed`'s answer.
 */
export function queryRoutes(
  service: Service,
  failed: (error: unknown, request: Request) => Response,
): Hono {
  const app = new Hono()
  app.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    return problemResponse(new URL(c.req.url), { kind: 'method_not_allowed' })
  })
  app.get('/', (c) => searchPageRoute(c.req.raw, service))
  app.get('/organizations/:id', (c) => reportPageRoute(c.req.raw, service, c.req.param('id')))
  app.get('/lists/:list', (c) => listPageRoute(c.req.raw, service, c.req.param('list')))
  app.get('/verification', (c) => verificationRoute(c.req.raw, service))
  const script = verifierScriptRoute(service)
  app.get(VERIFIER_PATH, (c) => script(c.req.raw))
  app.get('/api/organizations/:id/report', (c) =>
    reportApiRoute(c.req.raw, service, c.req.param('id')),
  )
  app.get('/api/search', (c) => searchApiRoute(c.req.raw, service))
  app.get('/api/lists/:list', (c) => listApiRoute(c.req.raw, service, c.req.param('list')))
  app.get('/api/checkpoint', (c) => checkpointRoute(c.req.raw, service))
  app.get('/api/consistency', (c) => consistencyRoute(c.req.raw, service))
  app.get('/api/public-key', (c) => publicKeyRoute(c.req.raw, service))
  app.notFound((c) => problemResponse(new URL(c.req.url), { kind: 'not_found' }))
  app.onError((error, c) => failed(error, c.req.raw))
  return app
}
