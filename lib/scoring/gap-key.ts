import { stableHash } from "./hash";

/** Same vendor, service, check and subject -> same key, across re-scores and input orderings. */
export function gapKey(vendorId: string, serviceId: string, checkId: string, subject: string): string {
  return stableHash(`${vendorId}|${serviceId}|${checkId}|${subject}`);
}
