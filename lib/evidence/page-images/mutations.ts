import "server-only";
import { tenantDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors";

export type NewPageImage = {
  tenantId: string;
  documentId: string;
  page: number;
  fileKey: string;
  mimeType: string;
  width: number;
  height: number;
  sizeBytes: number;
};

/**
 * Records a kept page image. False when the page already has one (another instance kept it first): the caller then
 * deletes the blob it wrote.
 */
export async function insertPageImage(image: NewPageImage): Promise<boolean> {
  try {
    await tenantDb(image.tenantId).documentPageImage.create({ data: image, select: { id: true } });
    return true;
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
}
