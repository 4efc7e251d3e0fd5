// A signature block that names the signing accountant and their title between the firm and the place and date
// ("Bellwether Assurance Pty Ltd" / "Liam Trask" / "Director" / "Melbourne, Victoria" / "3 March 2026", as Australian
// and UK reports sign): the firm is the nearest line above the date, within the block's few short lines, that ends in a
// firm's legal form.
import { squash } from "./normalize";

type Line = { text: string; offset: number };

// A block's lines are short; a line of the paragraph above it is long or ends a sentence.
const MAX_LINE = 60;
const MAX_UP = 6;

/** The firm's line above the date line (`here`), over a signer's name and title, or null. */
export function firmOverSigner(lines: Line[], here: number, firmForm: RegExp): Line | null {
  for (let i = here - 1; i >= 0 && i >= here - MAX_UP; i--) {
    const text = squash(lines[i]!.text.replace(/[_*]/g, "")).replace(/^\/s\/\s*/i, "");
    if (!text) continue;
    if (text.length > MAX_LINE || (/[.!?:]$/.test(text) && !firmForm.test(text))) return null;
    // "For Sarangi & Mehta LLP" signs for the firm: the firm's own rule reads that form (firmByDesignation).
    if (/^For\s/.test(text)) return null;
    if (firmForm.test(text) && /^[A-Z]/.test(text) && text.split(" ").length <= 7) return lines[i]!;
  }
  return null;
}
