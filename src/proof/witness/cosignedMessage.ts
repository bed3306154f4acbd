const encoder = new TextEncoder()

/**
 * The bytes a `cosignature/v1` signs (C2SP tlog-cosignature): the line `cosignature/v1`, the
 * line `time <timestamp>` in decimal seconds since the epoch, then the checkpoint's whole
 * note text (its signed body, ending in a newline).
 */
export function cosignedMessage(text: string, timestamp: number): Uint8Array {
  return encoder.encode(`cosignature/v1\ntime ${timestamp}\n${text}`)
}

/** Whether `value` is a timestamp a cosignature can carry: whole seconds from 0. */
export function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}
