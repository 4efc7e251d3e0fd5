// Whether `next build` is missing or older than the sources it is made from. `npm start` builds
// then; the browser test that runs `npm start` beside the e2e app refuses instead, since a build
// would replace the .next directory that app is serving from.
import fs from "node:fs";
import path from "node:path";

export function needsBuild() {
  const id = path.resolve(".next/BUILD_ID");
  if (!fs.existsSync(id)) return true;
  const built = fs.statSync(id).mtimeMs;
  return newestSource(["app", "components", "lib", "proxy.ts", "next.config.ts", "package.json"]) > built;
}

function newestSource(entries) {
  let newest = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      if (p.endsWith("generated") || p.endsWith("node_modules")) return;
      for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    } else if (!/\.test\.ts$/.test(p)) newest = Math.max(newest, st.mtimeMs);
  };
  entries.forEach((e) => walk(path.resolve(e)));
  return newest;
}
