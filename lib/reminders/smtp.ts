import net from "node:net";
import os from "node:os";
import tls from "node:tls";
import { randomUUID } from "node:crypto";
import type { MailMessage, MailTransport } from "./transport";

// A small SMTP client on node:net/tls (no mail library is installed): EHLO, STARTTLS when offered,
// AUTH PLAIN, one message per connection. Enough for a relay such as Postfix, SES or Mailgun.
//   SMTP_URL=smtp://user:pass@host:587   (STARTTLS if the server offers it; ?starttls=require refuses without)
//   SMTP_URL=smtps://user:pass@host:465  (TLS from the first byte)
// SMTP_FROM sets the sender (default assay@<hostname>).

const TIMEOUT_MS = 30_000;

export type SmtpConfig = {
  host: string;
  port: number;
  secure: boolean;
  requireTls: boolean;
  user?: string;
  pass?: string;
  from: string;
  rejectUnauthorized: boolean;
};

export function parseSmtpUrl(url: string, from?: string): SmtpConfig {
  const u = new URL(url);
  if (u.protocol !== "smtp:" && u.protocol !== "smtps:")
    throw new Error("SMTP_URL must start with smtp:// or smtps://");
  const secure = u.protocol === "smtps:";
  return {
    host: u.hostname,
    port: Number(u.port || (secure ? 465 : 587)),
    secure,
    requireTls: u.searchParams.get("starttls") === "require",
    user: u.username ? decodeURIComponent(u.username) : undefined,
    pass: u.password ? decodeURIComponent(u.password) : undefined,
    from: from || `assay@${os.hostname()}`,
    rejectUnauthorized: u.searchParams.get("tls_verify") !== "off",
  };
}

export function smtpTransport(config: SmtpConfig): MailTransport {
  return (msg) => sendOne(config, msg);
}

type Reply = { code: number; text: string };

/** Reads SMTP replies (a reply ends at the line whose code is followed by a space); fails waiters when the socket does. */
class Replies {
  private buf = "";
  private lines: string[] = [];
  private ready: Reply[] = [];
  private waiter: { resolve: (r: Reply) => void; reject: (e: Error) => void } | null = null;
  private error: Error | null = null;
  attach(sock: net.Socket) {
    sock.on("data", (d: Buffer) => this.push(d.toString("utf8")));
  }
  abort(err: Error) {
    this.error ??= err;
    this.waiter?.reject(this.error);
    this.waiter = null;
  }
  next(): Promise<Reply> {
    const r = this.ready.shift();
    if (r) return Promise.resolve(r);
    if (this.error) return Promise.reject(this.error);
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }
  private push(s: string) {
    this.buf += s;
    let i: number;
    while ((i = this.buf.indexOf("\r\n")) >= 0) {
      const line = this.buf.slice(0, i);
      this.buf = this.buf.slice(i + 2);
      if (!/^\d{3}(?:[ -]|$)/.test(line))
        return this.abort(new Error(`SMTP: unreadable reply line "${line.slice(0, 80)}"`));
      this.lines.push(line);
      if (line[3] === "-") continue;
      const reply = { code: Number(line.slice(0, 3)), text: this.lines.map((l) => l.slice(4)).join("\n") };
      this.lines = [];
      if (this.waiter) {
        this.waiter.resolve(reply);
        this.waiter = null;
      } else this.ready.push(reply);
    }
  }
}

async function sendOne(cfg: SmtpConfig, msg: MailMessage): Promise<void> {
  const to = clean(msg.to);
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(to)) throw new Error("SMTP: not a plain e-mail address");
  let sock: net.Socket = cfg.secure
    ? tls.connect({ host: cfg.host, port: cfg.port, servername: cfg.host, rejectUnauthorized: cfg.rejectUnauthorized })
    : net.connect({ host: cfg.host, port: cfg.port });
  let replies = new Replies();
  const fail = (err: Error) => {
    replies.abort(err);
    sock.destroy();
  };
  const watch = (s: net.Socket) => {
    s.setTimeout(TIMEOUT_MS, () => fail(new Error("SMTP: timed out")));
    s.on("error", fail);
    s.on("close", () => fail(new Error("SMTP: connection closed")));
    replies.attach(s);
  };
  watch(sock);
  // A wait ends with the socket too (error, close, timeout), so a dead server cannot hang the sweep.
  const expect = async (ok: number[], what: string) => {
    const r = await replies.next();
    if (!ok.includes(r.code)) throw new Error(`SMTP ${what}: ${r.code} ${r.text.split("\n")[0]}`);
    return r;
  };
  const say = (line: string) => sock.write(`${line}\r\n`);
  try {
    await expect([220], "greeting");
    const name = os.hostname().replace(/[^A-Za-z0-9.-]/g, "") || "localhost";
    say(`EHLO ${name}`);
    let ehlo = await expect([250], "EHLO");
    if (!cfg.secure && /^STARTTLS$/im.test(ehlo.text)) {
      say("STARTTLS");
      await expect([220], "STARTTLS");
      sock.removeAllListeners();
      replies = new Replies();
      sock = tls.connect({ socket: sock, servername: cfg.host, rejectUnauthorized: cfg.rejectUnauthorized });
      watch(sock);
      await new Promise<void>((resolve, reject) => {
        (sock as tls.TLSSocket).once("secureConnect", resolve);
        sock.once("error", reject);
      });
      say(`EHLO ${name}`);
      ehlo = await expect([250], "EHLO");
    } else if (!cfg.secure && cfg.requireTls) {
      throw new Error("SMTP: the server does not offer STARTTLS and SMTP_URL requires it");
    }
    if (cfg.user) {
      say(`AUTH PLAIN ${Buffer.from(`\0${cfg.user}\0${cfg.pass ?? ""}`).toString("base64")}`);
      await expect([235], "AUTH");
    }
    say(`MAIL FROM:<${clean(cfg.from)}>`);
    await expect([250], "MAIL FROM");
    say(`RCPT TO:<${to}>`);
    await expect([250, 251], "RCPT TO");
    say("DATA");
    await expect([354], "DATA");
    sock.write(formatMessage(cfg.from, to, msg));
    await expect([250], "message");
    say("QUIT");
    await expect([221], "QUIT").catch(() => {}); // sent already; a sloppy goodbye is not a failure
  } finally {
    sock.removeAllListeners("close");
    sock.destroy();
  }
}

/** Header values may not carry line breaks (header injection). */
function clean(s: string): string {
  return s.replace(/[\r\n]+/g, " ").trim();
}

function encodeHeader(s: string): string {
  const v = clean(s);
  return /^[\x20-\x7e]*$/.test(v) ? v : `=?UTF-8?B?${Buffer.from(v).toString("base64")}?=`;
}

/** RFC 5322 message with a base64 UTF-8 body (no line-length or dot-stuffing concerns), ended by CRLF.CRLF. */
export function formatMessage(from: string, to: string, msg: MailMessage, now = new Date()): string {
  const body = Buffer.from(msg.text.replace(/\r?\n/g, "\r\n"))
    .toString("base64")
    .replace(/.{1,76}/g, "$&\r\n");
  const domain = clean(from).split("@")[1] || "localhost";
  return (
    [
      `From: ${clean(from)}`,
      `To: ${to}`,
      `Subject: ${encodeHeader(msg.subject)}`,
      `Date: ${now.toUTCString()}`,
      `Message-ID: <${randomUUID()}@${domain}>`,
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      body,
    ].join("\r\n") + ".\r\n"
  );
}
