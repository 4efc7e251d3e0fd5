// Seeds the demo organisation once (idempotent: a second run changes nothing) and prints the
// demo sign-ins. Run by `npm start` / `npm run dev` through scripts/with-db.mjs --seed, which calls
// it only on the embedded database or with ASSAY_DEMO=1 (scripts/lib/demo.mjs); checked here again
// so running this file by hand against a deployment's DATABASE_URL creates no known password.
import { systemDb as db } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import { DEMO_PASSWORD, DEMO_TENANT, DEMO_USERS } from "./demo/accounts";
import { seedDemoStory } from "./demo/story";
import { enqueueReminders } from "../lib/reminders/mutations";
import { demoWanted } from "./lib/demo.mjs";

async function main() {
  if (!demoWanted({ externalDb: process.env.ASSAY_EMBEDDED_DB !== "1" })) {
    console.error(
      "[seed] skipped: the demo organisation is only created on the embedded database (or with ASSAY_DEMO=1)",
    );
    return;
  }
  const existing = await db.tenant.findUnique({ where: { slug: DEMO_TENANT.slug }, select: { id: true } });
  if (!existing) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const tenant = await db.tenant.create({ data: { name: DEMO_TENANT.name, slug: DEMO_TENANT.slug } });
    for (const u of DEMO_USERS) {
      const user = await db.user.upsert({
        where: { email: u.email },
        update: {},
        create: { email: u.email, name: u.name, passwordHash },
      });
      await db.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: u.role } });
    }
    try {
      await seedDemoStory(tenant.id, new Date().toISOString().slice(0, 10));
      await enqueueReminders(tenant.id, new Date().toISOString().slice(0, 10));
    } catch (err) {
      // Half a demo would be "already present" forever: remove it so the next start seeds it whole.
      await db.tenant.delete({ where: { id: tenant.id } }).catch(() => {});
      throw err;
    }
    console.error(`[seed] demo organisation "${DEMO_TENANT.name}" created`);
  } else {
    console.error(`[seed] demo organisation already present; left as it is`);
  }
  console.log("\nDemo sign-ins (password for all: " + DEMO_PASSWORD + ")");
  for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(9)} ${u.email}`);
}

main()
  .then(() => db.$disconnect())
  // The parse pipeline leaves handles (job-queue client, worker IPC) that would keep a one-shot script alive.
  .then(() => process.exit(0))
  .catch(async (err) => {
    console.error(`[seed] failed: ${err instanceof Error ? err.message : String(err)}`);
    await db.$disconnect();
    process.exit(1);
  });
