import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { vendorExists } from "@/lib/vendors/data";

// The not-found check runs here, outside loading.tsx's Suspense boundary: a page that calls notFound()
// inside that boundary has already sent 200 (why app/(app) has no loading.tsx). One indexed lookup, in
// one statement (docs/decisions/043).
export default async function VendorLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ vendorId: string }>;
}) {
  const actor = await requireActor();
  const { vendorId } = await params;
  if (!(await vendorExists(actor, vendorId))) notFound();
  return children;
}
