import { hostname } from "node:os";

/** Names the process in claims and audit events, so a parse can be traced to the machine that ran it. */
export function workerId(): string {
  return `${hostname()}:${process.pid}`;
}
