export { type Clock, fixedClock, systemClock } from './clock'
export {
  dayOf,
  instantBound,
  isIsoDate,
  isIsoInstant,
  isoDateOrInstantSchema,
  isoDateSchema,
} from './day'
