import type { CheckId } from "../check-ids";
import type { CheckFn } from "../check-types";
import type { OwnerRole } from "../types";
import { checkAccreditationRecognised } from "./accreditation-recognised";
import { checkDatesImpossible } from "./dates-impossible";
import { checkDocumentNamesVendor } from "./document-names-vendor";
import { checkIsoSoaReference } from "./iso-soa-reference";
import { checkRelianceGate } from "./reliance-gate";
import { checkSubprocessorAiProvider } from "./subprocessor-ai-provider";
import { checkSubprocessorLocations } from "./subprocessor-locations";
import { checkSubprocessorListChanges } from "./subprocessor-list-changes";
import { checkAuditorOpinionUnmodified } from "./auditor-opinion-unmodified";
import { checkBridgeCoversGap } from "./bridge-covers-gap";
import { checkBridgeDatedAfterPeriod } from "./bridge-dated-after-period";
import { checkBridgeLengthWithinLimit } from "./bridge-length-within-limit";
import { checkBridgeScopeCoversService } from "./bridge-scope-covers-service";
import { checkCarvedOutSubserviceReportOnFile } from "./carved-out-subservice-report-on-file";
import { checkCertificateInDate } from "./certificate-in-date";
import { checkCertificateIs27001 } from "./certificate-is-27001";
import { checkControlExceptionImpact } from "./control-exception-impact";
import { checkCuecMapped } from "./cuec-mapped";
import { checkExtractionFlags } from "./extraction-flags";
import { checkIsoVersionCurrent } from "./iso-version-current";
import { checkLegalEntityMatches } from "./legal-entity-matches";
import { checkLocationsCovered } from "./locations-covered";
import { checkRequiredEvidenceOnFile } from "./required-evidence-on-file";
import { checkRequiredTscExamined } from "./required-tsc-examined";
import { checkServiceInScope } from "./service-in-scope";
import { checkSocReportCurrent } from "./soc-report-current";
import { checkSocReportKindAccepted } from "./soc-report-kind-accepted";
import { checkSoc2Type2OnFile } from "./soc2-type-2-on-file";
import { checkSubprocessorsReconcile } from "./subprocessors-reconcile";
import { checkSurveillanceCurrent } from "./surveillance-current";
import { checkType2PeriodLongEnough } from "./type-2-period-long-enough";

export type CheckDefinition = { run: CheckFn; ownerRole: OwnerRole };

// Record over CheckId: adding an id without a check (or the reverse) fails typecheck.
export const CHECKS: Record<CheckId, CheckDefinition> = {
  "reliance-gate": { run: checkRelianceGate, ownerRole: "analyst" },
  "document-names-vendor": { run: checkDocumentNamesVendor, ownerRole: "analyst" },
  "dates-impossible": { run: checkDatesImpossible, ownerRole: "vendor" },
  "required-evidence-on-file": { run: checkRequiredEvidenceOnFile, ownerRole: "vendor" },
  "soc-report-kind-accepted": { run: checkSocReportKindAccepted, ownerRole: "vendor" },
  "soc2-type-2-on-file": { run: checkSoc2Type2OnFile, ownerRole: "vendor" },
  "type-2-period-long-enough": { run: checkType2PeriodLongEnough, ownerRole: "analyst" },
  "soc-report-current": { run: checkSocReportCurrent, ownerRole: "vendor" },
  "bridge-covers-gap": { run: checkBridgeCoversGap, ownerRole: "vendor" },
  "bridge-length-within-limit": { run: checkBridgeLengthWithinLimit, ownerRole: "vendor" },
  "bridge-dated-after-period": { run: checkBridgeDatedAfterPeriod, ownerRole: "vendor" },
  "bridge-scope-covers-service": { run: checkBridgeScopeCoversService, ownerRole: "vendor" },
  "auditor-opinion-unmodified": { run: checkAuditorOpinionUnmodified, ownerRole: "security" },
  "required-tsc-examined": { run: checkRequiredTscExamined, ownerRole: "vendor" },
  "control-exception-impact": { run: checkControlExceptionImpact, ownerRole: "security" },
  "cuec-mapped": { run: checkCuecMapped, ownerRole: "security" },
  "carved-out-subservice-report-on-file": { run: checkCarvedOutSubserviceReportOnFile, ownerRole: "vendor" },
  "subprocessors-reconcile": { run: checkSubprocessorsReconcile, ownerRole: "analyst" },
  "subprocessor-ai-provider": { run: checkSubprocessorAiProvider, ownerRole: "security" },
  "subprocessor-locations": { run: checkSubprocessorLocations, ownerRole: "analyst" },
  "subprocessor-list-changes": { run: checkSubprocessorListChanges, ownerRole: "analyst" },
  "service-in-scope": { run: checkServiceInScope, ownerRole: "analyst" },
  "locations-covered": { run: checkLocationsCovered, ownerRole: "analyst" },
  "legal-entity-matches": { run: checkLegalEntityMatches, ownerRole: "analyst" },
  "iso-version-current": { run: checkIsoVersionCurrent, ownerRole: "vendor" },
  "certificate-in-date": { run: checkCertificateInDate, ownerRole: "vendor" },
  "surveillance-current": { run: checkSurveillanceCurrent, ownerRole: "vendor" },
  "accreditation-recognised": { run: checkAccreditationRecognised, ownerRole: "analyst" },
  "certificate-is-27001": { run: checkCertificateIs27001, ownerRole: "vendor" },
  "iso-soa-reference": { run: checkIsoSoaReference, ownerRole: "vendor" },
  "extraction-flags": { run: checkExtractionFlags, ownerRole: "analyst" },
};
