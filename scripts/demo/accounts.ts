import type { Role } from "../../lib/auth/roles";
import { DEMO_TENANT_SLUG } from "../lib/demo.mjs";

export const DEMO_TENANT = { name: "Northwind Health", slug: DEMO_TENANT_SLUG } as const;
// A demo password printed on every start: the demo data is not a place for secrets.
export const DEMO_PASSWORD = "assay-demo-2026";
export const DEMO_USERS: { role: Role; email: string; name: string }[] = [
  { role: "admin", email: "admin@northwind.example", name: "Ada Admin" },
  { role: "security", email: "security@northwind.example", name: "Sam Security" },
  { role: "analyst", email: "analyst@northwind.example", name: "Ana Analyst" },
  { role: "viewer", email: "viewer@northwind.example", name: "Vic Viewer" },
];
