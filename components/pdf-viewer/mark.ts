/** A User Timing mark (`pdf:…`), so a trace or the e2e run can say where the time to the first page went. */
export function mark(stage: string) {
  try {
    performance.mark(`pdf:${stage}`);
  } catch {
    // An old browser without User Timing: nothing to record.
  }
}
