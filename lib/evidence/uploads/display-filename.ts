const MAX_LENGTH = 200;

// C0/C1 controls and DEL; bidi embeddings, overrides, isolates and marks (a right-to-left override
// makes "invoice\u202Efdp.exe" display as "invoiceexe.pdf"); zero-width characters and the BOM.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * The name shown in the UI and offered on download. It is never used as a storage path (objects
 * are addressed by generated keys), but it still goes into headers, CSV exports and HTML, so it
 * is reduced to a plain, bounded, single-segment name.
 */
export function safeDisplayFilename(raw: string, fallback = "document"): string {
  let name = raw.normalize("NFC").replace(INVISIBLE, "");
  // Browsers send just the base name, but hand-made requests can send "../../etc/passwd" or "C:\x\y".
  name = name.split(/[\\/]/).pop() ?? "";
  name = name
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "");
  if (!name) name = fallback;
  return truncateKeepingExtension(name, MAX_LENGTH);
}

/** Lower-case extension without the dot ("pdf"), or "" when there is none. */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return m ? m[1].toLowerCase() : "";
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = Array.from(name); // code points, so a surrogate pair is never cut in half
  if (chars.length <= max) return name;
  const ext = extensionOf(name);
  const tail = ext ? `.${ext}` : "";
  return (
    chars
      .slice(0, max - tail.length)
      .join("")
      .trimEnd() + tail
  );
}
