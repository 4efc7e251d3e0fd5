-- Issue #15: a page of a PDF drawn once on the server and kept (encrypted, in the blob store beside the document),
-- so the review page can show it with its HTML before pdf.js has started (docs/decisions/041-first-page-in-the-html.md).
CREATE TABLE "DocumentPageImage" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "page" INTEGER NOT NULL,
    "fileKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentPageImage_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DocumentPageImage_page_check" CHECK ("page" >= 1)
);

CREATE UNIQUE INDEX "DocumentPageImage_fileKey_key" ON "DocumentPageImage"("fileKey");
CREATE UNIQUE INDEX "DocumentPageImage_tenantId_documentId_page_key" ON "DocumentPageImage"("tenantId", "documentId", "page");

-- Removed with its document; the blob is then unreferenced and the orphan sweep deletes it.
ALTER TABLE "DocumentPageImage" ADD CONSTRAINT "DocumentPageImage_tenantId_documentId_fkey" FOREIGN KEY ("tenantId", "documentId") REFERENCES "Document"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "DocumentPageImage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DocumentPageImage" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DocumentPageImage" USING ("tenantId" = (SELECT assay_private.current_tenant())) WITH CHECK ("tenantId" = (SELECT assay_private.current_tenant()));
CREATE POLICY system_access ON "DocumentPageImage" TO CURRENT_USER USING (true) WITH CHECK (true);
