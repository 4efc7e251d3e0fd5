import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/roles";
import { createVendorAction } from "@/lib/vendors/actions";
import { VendorForm } from "@/lib/vendors/components/vendor-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New vendor" };

export default async function NewVendorPage() {
  const actor = await requireActor();
  if (!can(actor.role, "vendor:edit")) notFound();
  return (
    <>
      <PageHeader
        title="New vendor"
        description="Who you buy from. You will record what you buy and upload their evidence next."
      />
      <VendorForm action={createVendorAction} submitLabel="Create vendor" />
    </>
  );
}
