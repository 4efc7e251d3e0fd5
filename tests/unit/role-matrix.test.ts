import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can, ROLES, type Role } from "@/lib/auth/roles";

// Role × write matrix: which role may run which server action, as designed. The permission each
// action checks is read from its source (authedAction("…")), so changing an action's permission,
// or adding an action without deciding who may run it, fails here.
const ALL: Role[] = ["admin", "security", "analyst", "viewer"];
const DESIGN: Record<string, Role[]> = {
  createVendorAction: ["admin", "security", "analyst"],
  updateVendorAction: ["admin", "security", "analyst"],
  createServiceAction: ["admin", "security", "analyst"],
  updateServiceAction: ["admin", "security", "analyst"],
  retireServiceAction: ["admin", "security", "analyst"],
  setVendorArchivedAction: ["admin", "security", "analyst"],
  confirmFactsAction: ["admin", "security", "analyst"],
  saveCuecMappingAction: ["admin", "security", "analyst"],
  setSubserviceReportAction: ["admin", "security", "analyst"],
  updateGapAction: ["admin", "security", "analyst"],
  bulkTriageAction: ["admin", "security", "analyst"],
  rescoreVendorAction: ["admin", "security", "analyst"],
  recordDecisionAction: ["admin", "security"],
  saveCriteriaAction: ["admin"],
  resetCriteriaAction: ["admin"],
  rescoreRegionAction: ["admin"],
  inviteUserAction: ["admin"],
  changeRoleAction: ["admin"],
  setUserDisabledAction: ["admin"],
  resetSignInAction: ["admin"],
  createApiTokenAction: ["admin"],
  saveSsoAction: ["admin"],
  setRequireMfaAction: ["admin"],
  deleteDocumentAction: ["admin", "security", "analyst"],
  supersedeDocumentAction: ["admin", "security", "analyst"],
  revokeApiTokenAction: ["admin"],
  changePasswordAction: ALL,
  turnOffMfaAction: ALL, // one's own second factor, with a current code
  switchOrganisationAction: ALL,
  markReadAction: ALL,
  markAllReadAction: ALL,
};

function actionPermissions(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "generated") walk(p);
        continue;
      }
      if (!/\.tsx?$/.test(e.name)) continue;
      for (const m of fs.readFileSync(p, "utf8").matchAll(/export const (\w+) = authedAction\(\s*"([a-z:-]+)"/g))
        out.set(m[1], m[2]);
    }
  };
  walk(path.resolve("lib"));
  walk(path.resolve("app"));
  return out;
}

describe("role × server action matrix", () => {
  const found = actionPermissions();
  it("every action has a designed row, and every designed row exists", () => {
    expect([...found.keys()].sort()).toEqual(Object.keys(DESIGN).sort());
  });
  it.each(Object.entries(DESIGN))("%s is allowed exactly for %j", (action, allowed) => {
    const permission = found.get(action) as Parameters<typeof can>[1];
    for (const role of ROLES) expect(can(role, permission), `${role} → ${action}`).toBe(allowed.includes(role));
  });
});
