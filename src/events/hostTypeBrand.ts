import type { HostEntryType } from './hostEntryType'

// The definitions `defineEntryType` made, kept apart from it so that reading a catalogue
// does not load the schema library that defining one needs.
const made = new WeakSet<object>()

/** Marks a definition as made by `defineEntryType`. */
export function markHostEntryType(definition: HostEntryType): void {
  made.add(definition)
}

/** True for a definition `defineEntryType` made. */
export function isHostEntryType(value: unknown): value is HostEntryType {
  return typeof value === 'object' && value !== null && made.has(value)
}
