import type { EffectivePolicy } from "./policy";
import type { ForeignDocument } from "./register/reliance";
import type { BuyerService, Citation, IsoDate, OwnerRole, Severity, VendorEvidence } from "./types";

export type CheckContext = {
  vendor: VendorEvidence;
  service: BuyerService;
  policy: EffectivePolicy;
  asOf: IsoDate;
  /** The later of asOf and the buyer's reliance date: cover must reach this day. */
  coverUntil: IsoDate;
  /** Documents naming another organisation than the vendor: left out of `vendor`, reported once each. */
  foreign: ForeignDocument[];
};

/** What a check reports; `scoreVendor` adds the key, ids and due date. */
export type GapDraft = {
  subject: string;
  severity: Severity;
  title: string;
  detail: string;
  citation: Citation | null;
  ownerRole?: OwnerRole;
  /** The document whose content this gap is about, when not the cited one (held with that document). */
  about?: string;
  /** This gap means its document cannot be relied on: the document's content gaps are held behind it. */
  blocksDocument?: string;
  /** A date the fix depends on (the reliance date, the vendor's next report): due then rather than by SLA. */
  dueBy?: IsoDate;
};

export type CheckFn = (ctx: CheckContext) => GapDraft[];
