import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import type { VendorEvidence } from "@/lib/scoring";
import { toDbDate } from "@/lib/dates";

type Tx = Prisma.TransactionClient;
const SOC_TYPE = { type_1: "type_1", type_2: "type_2" } as const;

/**
 * Writes the typed projection (SocReport + exceptions, CUECs and subservice orgs, BridgeLetter,
 * IsoCertificate, Subprocessor) of one confirmed document, replacing the previous projection.
 * Analyst-owned fields (a CUEC's buyer control, owner, evidence and due date; whether a subservice
 * org's own report is on file) are carried over by matching text/name, so re-confirming loses nothing.
 */
export async function projectDocument(
  tx: Tx,
  tenantId: string,
  vendorId: string,
  documentId: string,
  evidence: VendorEvidence,
): Promise<void> {
  const old = await tx.socReport.findFirst({
    where: { tenantId, documentId },
    select: {
      cuecs: { select: { text: true, buyerControl: true, ownerId: true, evidenceUrl: true, dueDate: true } },
      subserviceOrgs: { select: { name: true, ownReportOnFile: true } },
    },
  });
  await tx.socReport.deleteMany({ where: { tenantId, documentId } });
  await tx.bridgeLetter.deleteMany({ where: { tenantId, documentId } });
  await tx.isoCertificate.deleteMany({ where: { tenantId, documentId } });
  await tx.subprocessor.deleteMany({ where: { tenantId, documentId } });

  for (const r of evidence.socReports) {
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
    if (r.cuecs?.length) {
      const before = new Map((old?.cuecs ?? []).map((c) => [c.text, c]));
      await tx.cuec.createMany({
        data: r.cuecs.map((c) => {
          const kept = before.get(c.text);
          return {
            tenantId,
            socReportId,
            text: c.text,
            criteria: c.criteria,
            page: c.source?.page ?? null,
            buyerControl: kept?.buyerControl ?? null,
            ownerId: kept?.ownerId ?? null,
            evidenceUrl: kept?.evidenceUrl ?? null,
            dueDate: kept?.dueDate ?? null,
          };
        }),
      });
    }
    if (r.subserviceOrgs?.length) {
      const before = new Map((old?.subserviceOrgs ?? []).map((s) => [s.name, s.ownReportOnFile]));
      await tx.subserviceOrg.createMany({
        data: r.subserviceOrgs.map((s) => ({
          tenantId,
          socReportId,
          name: s.name,
          service: s.service,
          method: s.method === "inclusive" ? "inclusive" : "carve_out",
          ownReportOnFile: before.get(s.name) ?? false,
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
