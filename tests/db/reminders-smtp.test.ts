import net from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemDb as db } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { deliverOutbox, enqueueReminders } from "@/lib/reminders/mutations";
import { parseSmtpUrl, smtpTransport } from "@/lib/reminders/smtp";
import { transportFromEnv } from "@/lib/reminders/transport";
import { hasDb, makeTenant, makeVendor } from "./support";

// A real SMTP conversation over loopback with a small in-test server that records what it was
// told. STARTTLS/smtps are not exercised here (no certificate in the test environment).

type Received = { auth: string | null; from: string; to: string; data: string };

function fakeSmtp(opts: { rejectRcpt?: RegExp; password?: string } = {}) {
  const received: Received[] = [];
  const server = net.createServer((sock) => {
    let buf = "";
    let inData = false;
    let cur: Received = { auth: null, from: "", to: "", data: "" };
    const say = (s: string) => sock.write(`${s}\r\n`);
    say("220 fake.test ESMTP");
    sock.on("data", (d) => {
      buf += d.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buf.indexOf("\r\n.\r\n");
          if (end < 0) return;
          cur.data = buf.slice(0, end + 2);
          buf = buf.slice(end + 5);
          inData = false;
          received.push(cur);
          cur = { auth: cur.auth, from: "", to: "", data: "" };
          say("250 2.0.0 queued");
          continue;
        }
        const i = buf.indexOf("\r\n");
        if (i < 0) return;
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const [verb] = line.split(" ");
        if (verb === "EHLO") {
          say("250-fake.test");
          say("250-AUTH PLAIN");
          say("250 8BITMIME");
        } else if (verb === "AUTH") {
          cur.auth = Buffer.from(line.split(" ")[2] ?? "", "base64").toString("utf8");
          say(cur.auth.split("\0")[2] === (opts.password ?? "secret") ? "235 2.7.0 ok" : "535 5.7.8 bad credentials");
        } else if (verb === "MAIL") {
          cur.from = line;
          say("250 ok");
        } else if (verb === "RCPT") {
          cur.to = line;
          say(opts.rejectRcpt?.test(line) ? "550 5.1.1 no such user" : "250 ok");
        } else if (verb === "DATA") {
          inData = true;
          say("354 go ahead");
        } else if (verb === "QUIT") {
          say("221 bye");
          sock.end();
          return;
        } else say("500 what");
      }
    });
  });
  return {
    received,
    start: () =>
      new Promise<number>((resolve) =>
        server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port)),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function bodyOf(data: string): string {
  const [, b64] = data.split("\r\n\r\n");
  return Buffer.from(b64.replace(/\r\n/g, ""), "base64").toString("utf8");
}

describe("SMTP transport", () => {
  const server = fakeSmtp({ rejectRcpt: /nobody@/ });
  let port = 0;
  beforeAll(async () => {
    port = await server.start();
  });
  afterAll(() => server.stop());

  it("authenticates, sends the envelope and a UTF-8 message, and keeps line breaks out of headers", async () => {
    const send = smtpTransport(parseSmtpUrl(`smtp://alice:secret@127.0.0.1:${port}`, "assay@northwind.example"));
    await send({
      to: "bob@example.com",
      subject: "Überfällig: gap\r\nBcc: evil@example.com",
      text: "Line one\n.\nOpen: https://assay.example/gaps/1",
    });
    const m = server.received.at(-1)!;
    expect(m.auth).toBe("\0alice\0secret");
    expect(m.from).toBe("MAIL FROM:<assay@northwind.example>");
    expect(m.to).toBe("RCPT TO:<bob@example.com>");
    expect(m.data).not.toMatch(/^Bcc:/m);
    const subject = /^Subject: =\?UTF-8\?B\?(.+)\?=$/m.exec(m.data)?.[1];
    expect(Buffer.from(subject ?? "", "base64").toString("utf8")).toBe("Überfällig: gap Bcc: evil@example.com");
    expect(bodyOf(m.data)).toBe("Line one\r\n.\r\nOpen: https://assay.example/gaps/1");
  });

  it("fails on a refused recipient, wrong credentials or no server, without hanging", async () => {
    const send = smtpTransport(parseSmtpUrl(`smtp://alice:secret@127.0.0.1:${port}`));
    await expect(send({ to: "nobody@example.com", subject: "s", text: "t" })).rejects.toThrow(/RCPT TO: 550/);
    const wrong = smtpTransport(parseSmtpUrl(`smtp://alice:nope@127.0.0.1:${port}`));
    await expect(wrong({ to: "bob@example.com", subject: "s", text: "t" })).rejects.toThrow(/AUTH: 535/);
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const none = smtpTransport(parseSmtpUrl(`smtp://127.0.0.1:${closed}`));
    await expect(none({ to: "bob@example.com", subject: "s", text: "t" })).rejects.toThrow(/ECONNREFUSED|closed/);
    await expect(send({ to: "bob@example.com>\r\nRCPT TO:<x@y", subject: "s", text: "t" })).rejects.toThrow(
      /plain e-mail address/,
    );
  });

  it("is configured only by SMTP_URL", () => {
    expect(transportFromEnv({})).toBeNull();
    expect(typeof transportFromEnv({ SMTP_URL: "smtp://127.0.0.1:25" })).toBe("function");
    expect(() => parseSmtpUrl("http://x")).toThrow(/smtp:\/\//);
    expect(parseSmtpUrl("smtps://u%40x:p@mail.example").port).toBe(465);
    expect(parseSmtpUrl("smtps://u%40x:p@mail.example").user).toBe("u@x");
  });
});

describe.skipIf(!hasDb)("deliverOutbox over SMTP", () => {
  const server = fakeSmtp({ password: "pw" });
  let port = 0;
  beforeAll(async () => {
    port = await server.start();
  });
  afterAll(() => server.stop());

  it("e-mails the reminders through SMTP_URL and marks them sent", async () => {
    const actor = await makeTenant("security");
    const v = await makeVendor(actor, `Golf ${randomUUID().slice(0, 4)}`);
    await db.vendor.update({ where: { id: v.id }, data: { nextReviewDate: toDbDate("2026-06-20") } });
    expect(await enqueueReminders(actor.tenantId, "2026-06-15")).toBe(1);
    const transport = transportFromEnv({
      SMTP_URL: `smtp://assay:pw@127.0.0.1:${port}`,
      SMTP_FROM: "reminders@assay.example",
    });
    const before = server.received.length;
    expect(await deliverOutbox({ transport, tenantId: actor.tenantId, appUrl: "https://assay.example" })).toEqual({
      sent: 1,
      failed: 0,
      transport: true,
    });
    const m = server.received.slice(before);
    expect(m).toHaveLength(1);
    expect(m[0].to).toBe(`RCPT TO:<${actor.email}>`);
    expect(m[0].data).toContain(`Subject: Review due: ${v.legalName}`);
    expect(bodyOf(m[0].data)).toContain(`Open: https://assay.example/vendors/${v.id}`);
    const row = await db.outboxMessage.findFirstOrThrow({ where: { tenantId: actor.tenantId } });
    expect(row.sentAt).not.toBeNull();
  });
});
