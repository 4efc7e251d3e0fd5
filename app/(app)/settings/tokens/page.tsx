import type { Metadata } from "next";
import Link from "next/link";
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
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
        <Link href="/settings" className="hover:text-indigo-700 hover:underline">
          Settings
        </Link>{" "}
        / API tokens
      </nav>
      <PageHeader
        title="API tokens"
        description={`Tokens let ${actor.tenantName}'s scripts read vendors, documents and gaps, and upload documents, through the API (described at /api/v1/openapi.json). A token belongs to the organisation, not to you; revoke it when the script that uses it is retired.`}
      />
      <div className="space-y-6">
        <CreateTokenForm />
        <section
          aria-labelledby="tokens-heading"
          className="overflow-hidden rounded-lg border border-slate-200 bg-white"
        >
          <h2 id="tokens-heading" className="border-b border-slate-200 px-4 py-3 font-medium">
            Tokens <span className="text-slate-500">({tokens.length})</span>
          </h2>
          {tokens.length === 0 ? (
            <p className="px-4 py-3 text-sm text-slate-600">No tokens yet.</p>
          ) : (
            <table className="w-full text-sm">
              <thead className="bg-slate-50 text-left text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Name
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Scope
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Created
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Last used
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Status
                  </th>
                </tr>
              </thead>
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
        </section>
      </div>
    </>
  );
}
