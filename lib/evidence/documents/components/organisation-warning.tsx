import { Alert } from "@/components/ui/alert";

/** Shown on the confirm page when the document names another organisation than its vendor. */
export function OrganisationWarning({
  warning,
}: {
  warning: { organisation: string; vendorName: string; page: number | null } | null;
}) {
  if (!warning) return null;
  return (
    <div className="mb-4" role="status">
      <Alert>
        <strong>
          Consistency: this document names {warning.organisation}, not {warning.vendorName}
        </strong>
        {warning.page ? ` (page ${warning.page})` : ""}. Was it uploaded to the wrong vendor? It is left out of this
        vendor&apos;s review and raised as a finding. If it is this vendor&apos;s (a brand or product name), record that
        name as a service&apos;s system or contracted entity; otherwise remove it from the vendor page.
      </Alert>
    </div>
  );
}
