// `npm run setup -- --org "Acme" --admin-email you@acme.example [--admin-name "Your Name"]`: first
// run without a browser. Creates the organisation and prints (or e-mails, with SMTP_URL) a one-time
// link through which its admin chooses their own password. Refuses once an organisation exists:
// more organisations come from `npm run operator -- create-org`, people from an admin's invitations.
import { parseArgs } from "node:util";
import { disconnectAll } from "../lib/db";
import { createOrganisation, organisationCount } from "../lib/auth/setup";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { org: { type: "string" }, "admin-email": { type: "string" }, "admin-name": { type: "string" } },
  });
  if (!values.org || !values["admin-email"]) {
    console.error(
      'usage: npm run setup -- --org "Your organisation" --admin-email you@example.com [--admin-name "Name"]',
    );
    return 2;
  }
  if ((await organisationCount()) > 0) {
    console.error("assay: this Assay already has an organisation; add more with `npm run operator -- create-org`.");
    return 1;
  }
  const email = values["admin-email"];
  const { link, expiresAt } = await createOrganisation({
    orgName: values.org,
    adminEmail: email,
    adminName: values["admin-name"] ?? email.split("@")[0],
  });
  console.log(`Organisation "${values.org}" created. ${email} chooses a password and signs in through this link`);
  console.log(`(works once, until ${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC):\n  ${link}`);
  return 0;
}

main()
  .then(async (code) => {
    await disconnectAll();
    process.exit(code);
  })
  .catch(async (err) => {
    console.error(`assay: ${err instanceof Error ? err.message : String(err)}`);
    await disconnectAll();
    process.exit(1);
  });
