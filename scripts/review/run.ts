// The command-line review's engine: files in, gap register out, through the same steps as the app
// (extract each document, read them together for cross-document flags, convert the confirmed facts,
// score). The CLI (scripts/review.ts) and the golden-register test both call it.
import fs from "node:fs";
import path from "node:path";
import { extractDocument, stopIdleParser } from "@/lib/extraction";
import { assembleVendorEvidence } from "@/lib/reviews/assemble-evidence";
import type { FactsDocument } from "@/lib/evidence/facts/to-evidence";
import { defaultCriteriaFor, scoreVendor } from "@/lib/scoring";
import type { BuyerService, CriteriaSet, GapRegister, IsoDate, Tier } from "@/lib/scoring";
import { parseScoringInput } from "@/lib/scoring-io/input-schema";

export type ReviewVendor = { vendorId: string; vendorName: string; tier: Tier };

export type ReviewRequest = {
  vendor: ReviewVendor;
  service: BuyerService;
  /** Defaults to the region x tier defaults for the service's regions and the vendor's tier. */
  criteria?: CriteriaSet[];
  asOf: IsoDate;
  files: string[];
};

export type ReviewResult = {
  register: GapRegister;
  /** Files extraction could not read, with the reason: reported, never silently dropped. */
  unreadable: { file: string; reason: string }[];
  /** documentId -> the file it came from. */
  documents: Record<string, string>;
};

/** Document ids are file names without extension, made unique: citations then name the file. */
function documentIds(files: string[]): string[] {
  const used = new Map<string, number>();
  return files.map((file) => {
    const stem = path.basename(file).replace(/\.[^.]+$/, "");
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    return n === 1 ? stem : `${stem}-${n}`;
  });
}

export async function reviewFiles(request: ReviewRequest): Promise<ReviewResult> {
  const ids = documentIds(request.files);
  const confirmed: FactsDocument[] = [];
  const unreadable: ReviewResult["unreadable"] = [];
  const documents: Record<string, string> = {};
  try {
    for (const [i, file] of request.files.entries()) {
      const bytes = new Uint8Array(fs.readFileSync(file));
      // The extraction's own expiry flags are relative to the review date, not the machine's clock.
      const result = await extractDocument({ bytes, filename: path.basename(file) }, { now: new Date(request.asOf) });
      if (!result.ok) {
        unreadable.push({ file, reason: `${result.error.code}: ${result.error.message}` });
        continue;
      }
      documents[ids[i]!] = file;
      // Confirming without edits stores the extraction's typed facts as the confirmed facts (lib/evidence/facts).
      confirmed.push({ documentId: ids[i]!, facts: result.document });
    }
  } finally {
    stopIdleParser();
  }
  const { vendor } = request;
  const { evidence } = assembleVendorEvidence(
    { vendorId: vendor.vendorId, vendorName: vendor.vendorName, tier: vendor.tier },
    confirmed,
  );
  const input = parseScoringInput({
    vendor: evidence,
    service: request.service,
    criteria: request.criteria ?? defaultCriteriaFor(request.service.regions, vendor.tier),
    asOf: request.asOf,
  });
  return { register: scoreVendor(input), unreadable, documents };
}
