import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { CardSection, ColumnHeads } from "@/components/ui/card-section";
import { PageHeader } from "@/components/ui/page-header";
import { listApiTokens } from "@/lib/api/tokens/data";
import { TOKEN_SCOPE_LABELS } from "@/lib/api/tokens/scopes";
import { formatDateTimeText } from "@/lib/dates";
import { requireAdminPage } from "../require-admin";
import { CreateTokenForm } from "./create-token-form";
import { RevokeButton } from "./revoke-button";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await requireAdminPage("user:manage");
  const tokens = await listApiTokens(actor);
  const when = (d: Date | null) => (d ? formatDateTimeText(d.toISOString()) : "never");
  return (
    <>
      <Breadcrumb trail={[{ href: "/settings", label: "Settings" }]} here="API tokens" />
      <PageHeader
        title="API tokens"
        description={`Tokens let ${actor.tenantName}'s scripts read vendors, documents and gaps, and upload documents, through the API (described at /api/v1/openapi.json). A token belongs to the organisation, not to you; revoke it when the script that uses it is retired.`}
      />
      <div className="space-y-6">
        <CreateTokenForm />
        <CardSection id="tokens-heading" heading="Tokens" count={tokens.length}>
          {tokens.length === 0 ? (
            <p className="px-4 py-3 text-sm text-slate-600">No tokens yet.</p>
          ) : (
            <table className="w-full text-sm">
              <ColumnHeads columns={["Name", "Scope", "Created", "Last used", "Status"]} />
              <tbody>
                {tokens.map((t) => (
                  <tr key={t.id} className="border-t border-slate-100 align-top" data-testid={`token-${t.name}`}>
                    <th scope="row" className="px-4 py-3 text-left font-medium text-slate-900">
                      {t.name}
                    </th>
                    <td className="px-4 py-3 text-slate-700">{TOKEN_SCOPE_LABELS[t.scope]}</td>
                    <td className="px-4 py-3 text-slate-700">
                      {when(t.createdAt)}
                      {t.createdByName ? <span className="block text-slate-500">by {t.createdByName}</span> : null}
                    </td>
                    <td className="px-4 py-3 text-slate-700">{when(t.lastUsedAt)}</td>
                    <td className="px-4 py-3">
                      {t.revokedAt ? (
                        <span className="text-slate-500">Revoked {when(t.revokedAt)}</span>
                      ) : (
                        <RevokeButton tokenId={t.id} name={t.name} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </CardSection>
      </div>
    </>
  );
}
