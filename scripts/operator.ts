// `npm run operator -- <command>`: instance-operator tasks that no organisation's admin may do.
//   create-org --org NAME --admin-email EMAIL [--admin-name NAME]
//                                       a new organisation; prints its admin's one-time invitation link
//   remove-demo                         delete the demo organisation and its accounts
// Runs through scripts/with-db.mjs, so it reaches the same database `npm start` would.
import { disconnectAll } from "../lib/db";
import { parseArgs } from "node:util";
import { createOrganisation } from "../lib/auth/setup";
import { removeDemo } from "../lib/tenants/mutations";

const USAGE =
  'usage: npm run operator -- create-org --org "Name" --admin-email you@example.com [--admin-name "Name"]\n       npm run operator -- remove-demo';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "create-org") {
    const { values } = parseArgs({
      args: rest,
      options: { org: { type: "string" }, "admin-email": { type: "string" }, "admin-name": { type: "string" } },
    });
    const email = values["admin-email"] ?? "";
    const { link, expiresAt } = await createOrganisation({
      orgName: values.org,
      adminEmail: email,
      adminName: values["admin-name"] ?? email.split("@")[0],
    });
    console.log(`Organisation "${values.org}" created. Its admin ${email} signs in through this one-time link`);
    console.log(`(until ${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC):\n  ${link}`);
    return 0;
  }
  if (command === "remove-demo") {
    const { tenants, users } = await removeDemo();
    console.log(`Removed ${tenants} demo organisation(s) and ${users} demo account(s).`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2))
  .then(async (code) => {
    await disconnectAll();
    process.exit(code);
  })
  .catch(async (err) => {
    console.error(`assay: ${err instanceof Error ? err.message : String(err)}`);
    await disconnectAll();
    process.exit(1);
  });
