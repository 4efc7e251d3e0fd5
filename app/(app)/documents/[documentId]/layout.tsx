import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { findDocumentStatus } from "@/lib/evidence/documents/data";

// The not-found check runs here, outside loading.tsx's Suspense boundary: a page that calls notFound()
// inside that boundary has already sent 200 (why app/(app) has no loading.tsx). One indexed lookup.
export default async function DocumentLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ documentId: string }>;
}) {
  const actor = await requireActor();
  const { documentId } = await params;
  if (!(await findDocumentStatus(actor, documentId))) notFound();
  return children;
}
