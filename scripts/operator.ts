// `npm run operator -- <command>`: instance-operator tasks that no organisation's admin may do.
//   remove-demo                         delete the demo organisation and its accounts
// Runs through scripts/with-db.mjs, so it reaches the same database `npm start` would.
import { disconnectAll } from "../lib/db";
import { removeDemo } from "../lib/tenants/operator";

const USAGE = "usage: npm run operator -- remove-demo";

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
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
