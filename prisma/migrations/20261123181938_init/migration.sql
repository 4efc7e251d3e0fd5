-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'security', 'analyst', 'viewer');

-- CreateEnum
CREATE TYPE "VendorTier" AS ENUM ('critical', 'high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "VendorStatus" AS ENUM ('onboarding', 'active', 'under_review', 'offboarded');

-- CreateEnum
CREATE TYPE "Criticality" AS ENUM ('critical', 'high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('pending', 'soc1_report', 'soc2_report', 'soc3_report', 'bridge_letter', 'iso_certificate', 'other_certificate', 'claims_page', 'subprocessor_list', 'unknown');

-- CreateEnum
CREATE TYPE "ParseStatus" AS ENUM ('queued', 'parsing', 'parsed', 'failed');

-- CreateEnum
CREATE TYPE "SocLevel" AS ENUM ('soc1', 'soc2', 'soc3');

-- CreateEnum
CREATE TYPE "SocType" AS ENUM ('type_1', 'type_2');

-- CreateEnum
CREATE TYPE "Opinion" AS ENUM ('unqualified', 'qualified', 'adverse', 'disclaimer');

-- CreateEnum
CREATE TYPE "SubserviceMethod" AS ENUM ('carve_out', 'inclusive');

-- CreateEnum
CREATE TYPE "GapSeverity" AS ENUM ('critical', 'high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "GapStatus" AS ENUM ('open', 'in_progress', 'resolved', 'risk_accepted', 'not_applicable');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('approve', 'approve_with_conditions', 'reject');

-- CreateTable
CREATE TABLE "Tenant" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "sessionEpoch" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vendor" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "legalName" TEXT NOT NULL,
    "aliases" TEXT[],
    "website" TEXT,
    "tier" "VendorTier" NOT NULL DEFAULT 'medium',
    "status" "VendorStatus" NOT NULL DEFAULT 'onboarding',
    "ownerId" UUID,
    "nextReviewDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vendor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuyerService" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "systems" TEXT[],
    "dataTypes" TEXT[],
    "regions" TEXT[],
    "locations" TEXT[],
    "contractedLegalEntity" TEXT,
    "criticality" "Criticality" NOT NULL DEFAULT 'medium',
    "relianceDate" DATE,
    "ownerId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BuyerService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "kind" "DocumentKind" NOT NULL DEFAULT 'pending',
    "filename" TEXT NOT NULL,
    "fileKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "mimeType" TEXT NOT NULL,
    "pages" INTEGER,
    "uploadedById" UUID,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT,
    "parseStatus" "ParseStatus" NOT NULL DEFAULT 'queued',
    "parseErrorCode" TEXT,
    "parseError" TEXT,
    "parsedAt" TIMESTAMP(3),
    "extraction" JSONB,
    "confirmedFacts" JSONB,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" UUID,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocReport" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "socLevel" "SocLevel" NOT NULL,
    "type" "SocType",
    "serviceOrganization" TEXT,
    "systemName" TEXT,
    "periodStart" DATE,
    "periodEnd" DATE,
    "asOfDate" DATE,
    "reportDate" DATE,
    "auditorName" TEXT,
    "opinion" "Opinion",
    "tscCategories" TEXT[],
    "inScopeServices" TEXT[],
    "inScopeSystems" TEXT[],
    "inScopeLocations" TEXT[],
    "citations" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "SocReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocException" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "socReportId" UUID NOT NULL,
    "controlId" TEXT,
    "criteria" TEXT[],
    "controlText" TEXT,
    "deviation" TEXT NOT NULL,
    "sampleTested" INTEGER,
    "sampleExceptions" INTEGER,
    "managementResponse" TEXT,
    "page" INTEGER,
    "quote" TEXT,

    CONSTRAINT "SocException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cuec" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "socReportId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "criteria" TEXT[],
    "page" INTEGER,
    "buyerControl" TEXT,
    "ownerId" UUID,
    "evidenceUrl" TEXT,
    "dueDate" DATE,

    CONSTRAINT "Cuec_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubserviceOrg" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "socReportId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "service" TEXT,
    "method" "SubserviceMethod" NOT NULL,
    "ownReportOnFile" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SubserviceOrg_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BridgeLetter" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "coversFrom" DATE,
    "coversTo" DATE,
    "letterDate" DATE,
    "signedBy" TEXT,
    "materialChanges" TEXT,
    "scope" TEXT,
    "citations" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "BridgeLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsoCertificate" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "holder" TEXT,
    "standard" TEXT,
    "standardVersion" TEXT,
    "certificateNumber" TEXT,
    "certificationBody" TEXT,
    "accreditationBody" TEXT,
    "issueDate" DATE,
    "originalCertificationDate" DATE,
    "expiryDate" DATE,
    "surveillanceDue" DATE,
    "scopeStatement" TEXT,
    "sites" TEXT[],
    "soaReference" TEXT,
    "citations" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "IsoCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subprocessor" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "documentId" UUID,
    "name" TEXT NOT NULL,
    "purpose" TEXT,
    "location" TEXT,
    "handlesBuyerData" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subprocessor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactCorrection" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" JSONB,
    "newValue" JSONB,
    "correctedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriteriaSet" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "region" TEXT NOT NULL,
    "tier" TEXT NOT NULL DEFAULT 'any',
    "rules" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CriteriaSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "serviceId" UUID,
    "decision" "ReviewDecision" NOT NULL,
    "note" TEXT NOT NULL,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gap" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "serviceId" UUID,
    "key" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "severity" "GapSeverity" NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "citation" JSONB,
    "ownerRole" TEXT NOT NULL,
    "ownerId" UUID,
    "dueDate" DATE,
    "status" "GapStatus" NOT NULL DEFAULT 'open',
    "acceptanceNote" TEXT,
    "acceptedUntil" DATE,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Gap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GapComment" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "gapId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GapComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "readAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "tenantId" UUID,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_tenantId_userId_key" ON "Membership"("tenantId", "userId");

-- CreateIndex
CREATE INDEX "Vendor_tenantId_tier_idx" ON "Vendor"("tenantId", "tier");

-- CreateIndex
CREATE INDEX "Vendor_tenantId_status_idx" ON "Vendor"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Vendor_tenantId_id_key" ON "Vendor"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Vendor_tenantId_legalName_key" ON "Vendor"("tenantId", "legalName");

-- CreateIndex
CREATE INDEX "BuyerService_tenantId_vendorId_idx" ON "BuyerService"("tenantId", "vendorId");

-- CreateIndex
CREATE UNIQUE INDEX "BuyerService_tenantId_id_key" ON "BuyerService"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Document_fileKey_key" ON "Document"("fileKey");

-- CreateIndex
CREATE INDEX "Document_tenantId_vendorId_idx" ON "Document"("tenantId", "vendorId");

-- CreateIndex
CREATE INDEX "Document_tenantId_sha256_idx" ON "Document"("tenantId", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Document_tenantId_id_key" ON "Document"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Document_tenantId_idempotencyKey_key" ON "Document"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "SocReport_tenantId_id_key" ON "SocReport"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SocReport_tenantId_documentId_key" ON "SocReport"("tenantId", "documentId");

-- CreateIndex
CREATE INDEX "SocException_tenantId_socReportId_idx" ON "SocException"("tenantId", "socReportId");

-- CreateIndex
CREATE INDEX "Cuec_tenantId_socReportId_idx" ON "Cuec"("tenantId", "socReportId");

-- CreateIndex
CREATE INDEX "SubserviceOrg_tenantId_socReportId_idx" ON "SubserviceOrg"("tenantId", "socReportId");

-- CreateIndex
CREATE UNIQUE INDEX "BridgeLetter_tenantId_documentId_key" ON "BridgeLetter"("tenantId", "documentId");

-- CreateIndex
CREATE UNIQUE INDEX "IsoCertificate_tenantId_documentId_key" ON "IsoCertificate"("tenantId", "documentId");

-- CreateIndex
CREATE INDEX "Subprocessor_tenantId_vendorId_idx" ON "Subprocessor"("tenantId", "vendorId");

-- CreateIndex
CREATE INDEX "FactCorrection_tenantId_documentId_idx" ON "FactCorrection"("tenantId", "documentId");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaSet_tenantId_region_tier_key" ON "CriteriaSet"("tenantId", "region", "tier");

-- CreateIndex
CREATE INDEX "Review_tenantId_vendorId_idx" ON "Review"("tenantId", "vendorId");

-- CreateIndex
CREATE INDEX "Gap_tenantId_vendorId_idx" ON "Gap"("tenantId", "vendorId");

-- CreateIndex
CREATE INDEX "Gap_tenantId_status_severity_idx" ON "Gap"("tenantId", "status", "severity");

-- CreateIndex
CREATE INDEX "Gap_tenantId_dueDate_idx" ON "Gap"("tenantId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Gap_tenantId_id_key" ON "Gap"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Gap_tenantId_key_key" ON "Gap"("tenantId", "key");

-- CreateIndex
CREATE INDEX "GapComment_tenantId_gapId_idx" ON "GapComment"("tenantId", "gapId");

-- CreateIndex
CREATE INDEX "OutboxMessage_tenantId_userId_readAt_idx" ON "OutboxMessage"("tenantId", "userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_tenantId_dedupeKey_key" ON "OutboxMessage"("tenantId", "dedupeKey");

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_createdAt_idx" ON "AuditEvent"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_entityType_entityId_idx" ON "AuditEvent"("tenantId", "entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyerService" ADD CONSTRAINT "BuyerService_tenantId_vendorId_fkey" FOREIGN KEY ("tenantId", "vendorId") REFERENCES "Vendor"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_tenantId_vendorId_fkey" FOREIGN KEY ("tenantId", "vendorId") REFERENCES "Vendor"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocReport" ADD CONSTRAINT "SocReport_tenantId_documentId_fkey" FOREIGN KEY ("tenantId", "documentId") REFERENCES "Document"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocException" ADD CONSTRAINT "SocException_tenantId_socReportId_fkey" FOREIGN KEY ("tenantId", "socReportId") REFERENCES "SocReport"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cuec" ADD CONSTRAINT "Cuec_tenantId_socReportId_fkey" FOREIGN KEY ("tenantId", "socReportId") REFERENCES "SocReport"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubserviceOrg" ADD CONSTRAINT "SubserviceOrg_tenantId_socReportId_fkey" FOREIGN KEY ("tenantId", "socReportId") REFERENCES "SocReport"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BridgeLetter" ADD CONSTRAINT "BridgeLetter_tenantId_documentId_fkey" FOREIGN KEY ("tenantId", "documentId") REFERENCES "Document"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsoCertificate" ADD CONSTRAINT "IsoCertificate_tenantId_documentId_fkey" FOREIGN KEY ("tenantId", "documentId") REFERENCES "Document"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subprocessor" ADD CONSTRAINT "Subprocessor_tenantId_vendorId_fkey" FOREIGN KEY ("tenantId", "vendorId") REFERENCES "Vendor"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactCorrection" ADD CONSTRAINT "FactCorrection_tenantId_documentId_fkey" FOREIGN KEY ("tenantId", "documentId") REFERENCES "Document"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaSet" ADD CONSTRAINT "CriteriaSet_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_tenantId_vendorId_fkey" FOREIGN KEY ("tenantId", "vendorId") REFERENCES "Vendor"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gap" ADD CONSTRAINT "Gap_tenantId_vendorId_fkey" FOREIGN KEY ("tenantId", "vendorId") REFERENCES "Vendor"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GapComment" ADD CONSTRAINT "GapComment_tenantId_gapId_fkey" FOREIGN KEY ("tenantId", "gapId") REFERENCES "Gap"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
