import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/roles";
import { fromDbDate } from "@/lib/dates";
import { updateVendorAction } from "@/lib/vendors/actions";
import { getVendor } from "@/lib/vendors/data";
import { VendorForm } from "@/lib/vendors/components/vendor-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Edit vendor" };

export default async function EditVendorPage({ params }: { params: Promise<{ vendorId: string }> }) {
  const actor = await requireActor();
  const { vendorId } = await params;
  const vendor = await getVendor(actor, vendorId);
  if (!vendor || !can(actor.role, "vendor:edit")) notFound();
  return (
    <>
      <PageHeader title={`Edit ${vendor.legalName}`} />
      <VendorForm
        action={updateVendorAction}
        submitLabel="Save changes"
        vendor={{ ...vendor, nextReviewDate: fromDbDate(vendor.nextReviewDate) }}
      />
    </>
  );
}
