import type { EffectivePolicy } from "./policy";
import type { BuyerService, Citation, IsoDate, OwnerRole, Severity, VendorEvidence } from "./types";

export type CheckContext = {
  vendor: VendorEvidence;
  service: BuyerService;
  policy: EffectivePolicy;
  asOf: IsoDate;
  /** The later of asOf and the buyer's reliance date: cover must reach this day. */
  coverUntil: IsoDate;
};

/** What a check reports; `scoreVendor` adds the key, ids and due date. */
export type GapDraft = {
  subject: string;
  severity: Severity;
  title: string;
  detail: string;
  citation: Citation | null;
  ownerRole?: OwnerRole;
};

export type CheckFn = (ctx: CheckContext) => GapDraft[];
