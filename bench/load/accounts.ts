import type { Role } from "../../lib/auth/roles";

// The load-benchmark organisation. Kept apart from the demo tenant so the benchmark never mixes
// with (or depends on) demo data; its password is printed, so it is no place for secrets.
export const BENCH_TENANT = { name: "Scale Test Org", slug: "bench-scale" } as const;
export const BENCH_PASSWORD = "assay-bench-2026";
export const SCALE = { vendors: 5_000, gapsPerVendor: 10 } as const;
const ROLE_USERS: { role: Role; email: string; name: string }[] = [
  { role: "admin", email: "admin@bench-scale.example", name: "Bench Admin" },
  { role: "security", email: "security@bench-scale.example", name: "Bench Security" },
  { role: "analyst", email: "analyst@bench-scale.example", name: "Bench Analyst" },
  { role: "viewer", email: "viewer@bench-scale.example", name: "Bench Viewer" },
];
// One user per role, then enough analysts that each of the 50 benchmark connections is its own person.
export const BENCH_USERS = [
  ...ROLE_USERS,
  ...Array.from({ length: 46 }, (_, i) => ({
    role: "analyst" as Role,
    email: `user${i + 5}@bench-scale.example`,
    name: `Bench User ${i + 5}`,
  })),
];
