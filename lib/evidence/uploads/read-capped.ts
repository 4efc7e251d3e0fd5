import { AppError } from "@/lib/errors";
import { tooLargeMessage } from "./limits";

/**
 * Reads a byte stream to the end, refusing as soon as more than `cap` bytes have arrived, whatever
 * Content-Length claimed. The stream is cancelled at that point, so a client cannot make us buffer
 * an unbounded body.
 */
export async function readCapped(
  stream: ReadableStream<Uint8Array>,
  cap: number,
  limitForMessage = cap,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => {});
      throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage(limitForMessage));
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

/**
 * A pass-through that errors once more than `cap` bytes flow, and at the end checks the count
 * against the declared Content-Length: a proxy that forwards only part of a body (Next's proxy
 * buffers 10 MB by default) must not get a truncated file stored.
 */
export function capStream(
  stream: ReadableStream<Uint8Array>,
  cap: number,
  declaredLength: number | null,
): {
  stream: ReadableStream<Uint8Array>;
  outcome: () => "ok" | "too_large" | "truncated" | "pending";
  received: () => number;
} {
  let total = 0;
  let state: "ok" | "too_large" | "truncated" | "pending" = "pending";
  const counted = stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > cap) {
          state = "too_large";
          controller.error(new AppError("PAYLOAD_TOO_LARGE", "too large"));
          return;
        }
        controller.enqueue(chunk);
      },
      flush(controller) {
        if (declaredLength !== null && total !== declaredLength) {
          state = "truncated";
          controller.error(new AppError("INVALID_INPUT", "truncated"));
          return;
        }
        state = "ok";
      },
    }),
  );
  return { stream: counted, outcome: () => state, received: () => total };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.byteLength;
  }
  return out;
}
