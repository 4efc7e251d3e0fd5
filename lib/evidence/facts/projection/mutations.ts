import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import type { VendorEvidence } from "@/lib/scoring";
import { toDbDate } from "@/lib/dates";
import type { DocumentFacts } from "../model";

type Tx = Prisma.TransactionClient;
const SOC_TYPE = { type_1: "type_1", type_2: "type_2" } as const;

/**
 * Writes the typed projection (SocReport + exceptions, CUECs and subservice orgs, BridgeLetter,
 * IsoCertificate, Subprocessor) of one confirmed document, replacing the previous projection. The
 * projection is derived, for querying (dashboard, exports, vendor profile): the confirmed facts JSON
 * is the source of truth, including the analyst's CUEC mappings and "own report on file" answers,
 * which are copied here under their list item's id (docs/decisions/008-fact-model.md).
 */
export async function projectDocument(
  tx: Tx,
  tenantId: string,
  vendorId: string,
  documentId: string,
  facts: DocumentFacts,
  evidence: VendorEvidence,
): Promise<void> {
  await tx.socReport.deleteMany({ where: { tenantId, documentId } });
  await tx.bridgeLetter.deleteMany({ where: { tenantId, documentId } });
  await tx.isoCertificate.deleteMany({ where: { tenantId, documentId } });
  await tx.subprocessor.deleteMany({ where: { tenantId, documentId } });

  for (const r of evidence.socReports) {
    if (facts.kind !== "soc1_report" && facts.kind !== "soc2_report" && facts.kind !== "soc3_report") continue;
    const created = await tx.socReport.create({
      data: {
        tenantId,
        documentId,
        socLevel: r.kind,
        type: r.type ? SOC_TYPE[r.type] : null,
        serviceOrganization: r.serviceOrganization,
        systemName: r.systemName,
        periodStart: r.type === "type_1" ? null : toDbDate(r.periodStart),
        periodEnd: r.type === "type_1" ? null : toDbDate(r.periodEnd),
        asOfDate: r.type === "type_1" ? toDbDate(r.periodEnd) : null,
        reportDate: toDbDate(r.reportDate),
        auditorName: r.auditor,
        opinion: r.opinion,
        tscCategories: r.tscCategories ?? [],
        inScopeServices: r.inScopeServices ?? [],
        inScopeLocations: r.inScopeLocations ?? [],
        citations: r.sources as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    const socReportId = created.id;
    if (r.exceptions?.length) {
      await tx.socException.createMany({
        data: r.exceptions.map((e) => ({
          tenantId,
          socReportId,
          criteria: e.criteria,
          controlText: e.control,
          deviation: e.deviation,
          page: e.source?.page ?? null,
          quote: e.source?.quote ?? null,
        })),
      });
    }
    const cuecs = facts.fields.cuecs.value ?? [];
    if (cuecs.length) {
      await tx.cuec.createMany({
        data: cuecs.map((c) => ({
          id: c.id,
          tenantId,
          socReportId,
          text: c.value!.text,
          criteria: c.value!.criteria ?? [],
          page: c.page,
          buyerControl: c.value!.buyerControl,
          ownerId: c.value!.ownerId,
          evidenceUrl: c.value!.evidenceUrl,
          dueDate: toDbDate(c.value!.dueDate),
        })),
      });
    }
    const orgs = facts.fields.subserviceOrgs.value ?? [];
    if (orgs.length) {
      await tx.subserviceOrg.createMany({
        data: orgs.map((s) => ({
          id: s.id,
          tenantId,
          socReportId,
          name: s.value!.name,
          service: s.value!.service,
          method: s.value!.method === "inclusive" ? "inclusive" : "carve_out",
          ownReportOnFile: s.value!.reportOnFile ?? false,
        })),
      });
    }
  }
  for (const b of evidence.bridgeLetters) {
    await tx.bridgeLetter.create({
      data: {
        tenantId,
        documentId,
        coversFrom: toDbDate(b.coversFrom),
        coversTo: toDbDate(b.coversThrough),
        letterDate: toDbDate(b.letterDate),
        signedBy: b.issuer,
        scope: b.scopeServices?.join(", ") ?? null,
        citations: b.sources as Prisma.InputJsonValue,
      },
    });
  }
  for (const c of evidence.isoCertificates) {
    await tx.isoCertificate.create({
      data: {
        tenantId,
        documentId,
        holder: c.holder,
        standard: c.docKind === "claims_page" ? "claims page" : c.standard,
        standardVersion: c.standardVersion,
        certificateNumber: c.certificateNumber,
        certificationBody: c.certificationBody,
        accreditationBody: c.accreditationBody,
        issueDate: toDbDate(c.issueDate),
        originalCertificationDate: toDbDate(c.originalCertificationDate),
        expiryDate: toDbDate(c.expiryDate),
        surveillanceDue: null,
        scopeStatement: c.scopeStatement,
        sites: c.sites ?? [],
        citations: c.sources as Prisma.InputJsonValue,
      },
    });
  }
  for (const list of evidence.subprocessorLists) {
    if (!list.entries.length) continue;
    await tx.subprocessor.createMany({
      data: list.entries.map((e) => ({
        tenantId,
        vendorId,
        documentId,
        name: e.name,
        purpose: e.purpose,
        location: e.locations?.join(", ") ?? null,
        handlesBuyerData: e.handlesBuyerData ?? true,
      })),
    });
  }
}
