// The pages escape as the report page does: one escaping, in the disclosure layer.
export { bdi, escapeHtml } from '../../disclosure'
