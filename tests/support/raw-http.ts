import net from "node:net";

/**
 * One request written as raw bytes on its own connection; resolves with everything the server
 * wrote until it closed the connection (send `Connection: close`). Used where fetch cannot go:
 * addresses and headers past Node's limits.
 */
export function rawRequest(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (c) => chunks.push(c));
    socket.on("error", (err: NodeJS.ErrnoException) => {
      // The server may close while a huge request is still being written: what it answered counts.
      if (err.code === "ECONNRESET" || err.code === "EPIPE") resolve(Buffer.concat(chunks).toString());
      else reject(err);
    });
    socket.on("close", () => resolve(Buffer.concat(chunks).toString()));
    socket.write(request); // not end(): a half-closed connection may be dropped before the answer
  });
}
