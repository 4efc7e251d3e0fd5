// Prints a banner, then replaces itself with the given command (so signals reach it directly).
import { spawn } from "node:child_process";

const [banner, sep, ...cmd] = process.argv.slice(2);
if (sep !== "--" || cmd.length === 0) process.exit(2);
console.log(banner);
const child = spawn(cmd[0], cmd.slice(1), { stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
