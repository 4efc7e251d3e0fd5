// Seeds the demo organisation once (idempotent: a second run changes nothing) and prints the
// demo sign-ins, only on the embedded database or with ASSAY_DEMO=1 (scripts/lib/demo.mjs), so no
// start against a deployment's DATABASE_URL creates a known password. Without the demo, a start
// that finds no organisation prints the one-time setup token instead. Run by `npm start` /
// `npm run dev` through scripts/with-db.mjs --seed.
import { systemDb as db } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import { DEMO_PASSWORD, DEMO_TENANT, DEMO_USERS } from "./demo/accounts";
import { seedDemoStory } from "./demo/story";
import { enqueueReminders } from "../lib/reminders/mutations";
import { backfillEvidenceCurrency } from "./backfill-currency";
import { demoWanted } from "./lib/demo.mjs";
import { issueSetupToken, SETUP_TOKEN_HOURS } from "../lib/auth/setup";

/** First run: no organisation yet, so print the one-time token that unlocks /setup. */
async function announceSetup() {
  const token = await issueSetupToken();
  if (!token) return;
  const url = `${(process.env.APP_URL ?? "").replace(/\/+$/, "")}/setup`;
  console.log(`\nNo organisation yet. Open ${url} and enter this one-time setup token (valid ${SETUP_TOKEN_HOURS} h):`);
  console.log(`  ${token}`);
  console.log('or, headless: npm run setup -- --org "Your org" --admin-email you@example.com\n');
}

async function main() {
  if (!demoWanted({ externalDb: process.env.ASSAY_EMBEDDED_DB !== "1" })) {
    console.error("[seed] no demo data: it is only created on the embedded database (or with ASSAY_DEMO=1)");
    await announceSetup();
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
  const backfilled = await backfillEvidenceCurrency();
  if (backfilled) console.error(`[seed] evidence currency stored for ${backfilled} vendor(s) from before it was kept`);
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
