// The spec files of the second e2e lane (playwright.config.ts): they run one at a time against the
// lane-b app server and its own seeded database, beside lane a (every other spec) on the first.
// Balanced by the durations of a full run (sums of about 4 to 5 minutes each on the 2-core CI machine);
// adoption-walk starts its own database and server, so it uses neither lane's.
export const LANE_B_SPECS = [
  "**/adoption-walk.spec.ts",
  "**/admin.spec.ts",
  "**/auth.spec.ts",
  "**/bad-input.spec.ts",
  "**/a11y-editing.spec.ts",
  "**/csp.spec.ts",
  "**/sso.spec.ts",
  "**/account.spec.ts",
  "**/sign-out-and-audit.spec.ts",
  "**/mfa.spec.ts",
  "**/long-urls.spec.ts",
  "**/cross-tenant.spec.ts",
];
