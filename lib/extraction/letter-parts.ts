// The parts every business letter has, read the ways real letters print them: the date at its head ("June 2, 2025",
// "Date: 03/31/2025", "Berlin, 12 March 2025", "Paris, le 20 novembre 2026", "München, den 20.11.2026"), the signer after the closing ("Kind regards," … "Dr. Anna Lehmann",
// "/s/ Rajesh Iyer", "Ethan Brooks, CTO") and organisation names followed by their legal form.
import { DATE_PATTERN } from "./dates";
import type { TextIndex } from "./text-index";
import { search, searchAll } from "./text-index";
import { LEGAL_FORM } from "./legal-forms";

const WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?";

/** The letter's own date: a line near the top that is only a date, after an optional label or place. */
export function letterDateLine(index: TextIndex): RegExpExecArray | null {
  const re = new RegExp(
    `^[ \\t]*(?:(?:Letter\\s+date|Date[d]?|Issued|Datum|Fecha|Data)\\s*:?\\s*|\\p{Lu}[\\p{L}.\\- ]{1,30},\\s+(?:(?:le|den|el|am|il|op|a|à)\\s+)?)?(${DATE_PATTERN})[ \\t]*\\.?[ \\t]*$`,
    "gimu",
  );
  // Near the top: a cover page may come first, but a date line deep in the text is something else's date.
  const m = search(index, re);
  if (m && m.index < 1500) return m;
  // A letter sent as an e-mail is dated by its header: "Sent: Tuesday, November 3, 2026 9:14 AM" (or "Date:"), with
  // a weekday before and a time after. The first header is the message's own; a quoted earlier message comes below.
  const header = search(
    index,
    new RegExp(
      `^[ \\t]*(?:Sent|Date)[ \\t]*:[ \\t]*(?:${WEEKDAY}\\.?,?[ \\t]+)?(${DATE_PATTERN})(?:,?[ \\t]+(?:at[ \\t]+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:[ \\t]*[AaPp]\\.?[Mm]\\.?)?)?[^\\n]{0,40}$`,
      "imu",
    ),
  );
  if (header && header.index < 1500) return header;
  return datedUnderSignature(index);
}

// A place and a date on one line: "Denver, Colorado - 10/06/2026", "Lyon, 6 octobre 2026", "Austin, TX – May 4, 2026".
const PLACE_DATED = new RegExp(
  `^[ \\t]*\\p{Lu}[\\p{L}.' ]{1,30}(?:,[ \\t]+\\p{Lu}[\\p{L}.' ]{1,30})?[ \\t]*(?:,|[-–—])[ \\t]*(${DATE_PATTERN})[ \\t]*\\.?[ \\t]*$`,
  "imu",
);

/**
 * A letter dated at its foot, as many sign it: the place and the date on a line of their own right under the
 * signer's name and title ("Dario Smith" / "VP, Security" / "Denver, Colorado - 10/06/2026"). Only the few lines
 * from the signer's name on, so a date in the letter's body is never taken for the letter's own.
 */
function datedUnderSignature(index: TextIndex): RegExpExecArray | null {
  const signer = signerLine(index);
  if (!signer) return null;
  const from = index.text.lastIndexOf("\n", signer.index) + 1;
  const end = from + index.text.slice(from).split("\n").slice(0, 5).join("\n").length;
  const m = search(index, PLACE_DATED, from);
  return m && m.index < end ? m : null;
}

// One closing, English or another language a bilingual letter puts first ("Med vennlig hilsen / Kind regards").
const ONE_CLOSING =
  "(?:(?:Yours\\s+)?(?:sincerely|faithfully|truly)|(?:(?:kind|best|warm|with\\s+kind)\\s+)?regards|respectfully(?:\\s+yours)?|signed|signature|med\\s+(?:vennlig|venlig|vänlig|vänliga)\\s+(?:hilsen|hälsning|hälsningar)|ystävällisin\\s+terveisin|mit\\s+freundlichen\\s+grü(?:ß|ss)en|met\\s+vriendelijke\\s+groet(?:en)?|cordialement|atentamente|cordiali\\s+saluti)";
const CLOSING = new RegExp(
  `^[ \\t]*(?:${ONE_CLOSING}[ \\t]*,?(?:[ \\t]*[/|][ \\t]*${ONE_CLOSING})*|on\\s+behalf\\s+of\\b[^\\n]*)[ \\t]*[,:.]?[ \\t]*$`,
  "gimu",
);
const TITLE_WORD =
  /\b(?:Chief|Officer|Director|President|Head|Manager|Vice|VP|CEO|CTO|CISO|CFO|COO|Founder|Partner|Counsel|Secretary|Lead|Compliance|Security)\b/;
const NAME =
  /^[ \t]*(?:\/s\/[ \t]*)?((?:(?:Dr|Mr|Ms|Mrs|Prof)\.?[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}\.?)?(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})[ \t]*(?:,[^\n]*|[ \t]+[|–—-][ \t]+[^\n]*)?$/mu;

// "R. Oduya", "J.K. Marsh": a signature printed as initials and surname above the signer's typed name.
const SIGNED_INITIALS = /^[ \t]*(?:\p{Lu}\.[ \t]*){1,3}\p{Lu}[\p{L}'’-]+[ \t]*$/u;

const SIGNED_FOR =
  /^[ \t]*(?:for(?:[ \t]+and)?(?:[ \t]+on[ \t]+behalf[ \t]+of)?|on[ \t]+behalf[ \t]+of)[ \t]+\p{Lu}[^\n]*$/iu;

/** The signer's name: the first name-like line after the closing, or a "/s/ Name" line; its title may follow on the
 *  same line after a comma, a bar or a dash ("Jane Doe | CISO"). */
export function signerLine(index: TextIndex): { index: number; name: string } | null {
  const candidates: number[] = searchAll(index, CLOSING).map((m) => m.index + m[0].length);
  const slash = search(index, /^[ \t]*\/s\/[ \t]*\S/m);
  if (slash) candidates.push(slash.index);
  for (const from of candidates.sort((a, b) => a - b)) {
    const lines = index.text.slice(from).split("\n").slice(0, 10);
    let offset = from;
    for (const line of lines) {
      const m = NAME.exec(line);
      if (m && !TITLE_WORD.test(m[1]!)) {
        return { index: offset + line.indexOf(m[1]!), name: m[1]! };
      }
      // A line with other words than a name (a title, a company) before any name ends the search here; a signature
      // set as initials and surname ("R. Oduya") over the typed name does not.
      // Nor does the company signed for, printed between the closing and the signer ("For Acme Private Limited",
      // "For and on behalf of Acme Ltd", as Indian and British letters sign).
      if (line.trim() && !/^[ \t]*\/s\/[ \t]*$/.test(line) && !SIGNED_INITIALS.test(line) && !SIGNED_FOR.test(line))
        break;
      offset += line.length + 1;
    }
  }
  return signedByLabel(index) ?? signedWithoutClosing(index);
}

// The signer named after a label on the same line: "Electronically signed by: Jane Roe, CISO", "Digitally signed by
// Jane Roe", "Signed by Jane Roe (Chief Security Officer)", "Signature: Jane Roe", "Approved by: Jane Roe".
const SIGNED_BY = new RegExp(
  `^[ \\t]*(?:(?:[Ee]lectronically|[Dd]igitally|ELECTRONICALLY|DIGITALLY)[ \\t]+)?(?:[Ss]igned|[Aa]pproved|[Aa]uthori[sz]ed|[Ss]ignature|SIGNED|APPROVED|SIGNATURE)(?:[ \\t]+(?:by|BY))?[ \\t]*:?[ \\t]*((?:(?:Dr|Mr|Ms|Mrs|Prof)\\.?[ \\t]+)?\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}\\.?)?(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})[ \\t]*(?:[,(|–—-][^\\n]*)?$`,
  "gmu",
);

// A signature block of labelled lines: "By: ________" / "Name: Jane Roe" / "Title: CISO" / "Date: …". "Name:" (or
// "Printed name:", "Signatory:") is the signer's only beside a "By:", "Title:" or "Signature:" line.
const BLOCK_NAME = new RegExp(
  `^[ \\t]*(?:(?:[Pp]rinted|[Pp]rint|[Ff]ull)[ \\t]+)?(?:[Nn]ame|NAME|[Ss]ignatory|SIGNATORY)(?:[ \\t]+of[ \\t]+signatory)?[ \\t]*:[ \\t]*((?:(?:Dr|Mr|Ms|Mrs|Prof)\\.?[ \\t]+)?\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}\\.?)?(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})[ \\t]*$`,
  "gmu",
);
const BLOCK_NEIGHBOUR = /^[ \t]*(?:By|Title|Position|Signature|Signed)[ \t]*:/im;

function signedByLabel(index: TextIndex): { index: number; name: string } | null {
  for (const m of searchAll(index, SIGNED_BY)) {
    const name = m[1]!;
    if (TITLE_WORD.test(name) || /\b(?:Inc|Ltd|LLC|LLP|GmbH|Limited)\b/.test(name)) continue;
    return { index: m.index + m[0].indexOf(name), name };
  }
  for (const m of searchAll(index, BLOCK_NAME)) {
    const name = m[1]!;
    const around = index.text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 120).split("\n");
    if (TITLE_WORD.test(name) || !around.some((l) => BLOCK_NEIGHBOUR.test(l))) continue;
    return { index: m.index + m[0].indexOf(name), name };
  }
  return null;
}

// A title line under a signer's name: a title word first ("Head of Compliance, Acme Oy", "Chief Executive Officer").
const TITLE_LINE = new RegExp(
  `^[ \\t]*(?:(?:Senior|Group|Global|Deputy|Interim|Acting)[ \\t]+)?${TITLE_WORD.source}[^\\n]{0,80}$`,
);

/**
 * A letter signed with no closing word: the last name on a line of its own with a title line right under it, in the
 * letter's last part ("… This letter has not been audited." / "Aino Kettunen" / "Head of Compliance, Acme Oy").
 */
function signedWithoutClosing(index: TextIndex): { index: number; name: string } | null {
  const from = index.text.indexOf("\n", Math.floor(index.text.length / 2)) + 1;
  const lines = index.text.slice(from).split("\n");
  let offset = from;
  let found: { index: number; name: string } | null = null;
  for (const [i, line] of lines.entries()) {
    const m = NAME.exec(line);
    if (m && !m[0].includes(",") && !TITLE_WORD.test(m[1]!) && TITLE_LINE.test(lines[i + 1] ?? ""))
      found = { index: offset + line.indexOf(m[1]!), name: m[1]! };
    offset += line.length + 1;
  }
  return found;
}

const WORD = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*";

/**
 * The source of a regex matching an organisation's name as printed: capitalised words, "&", "and"/"of" between two
 * of them, and a legal form after a comma ("Schellman & Company, LLC"); it stops before ", an independent …". A name
 * may wrap after its "&", "and" or "of" ("Iyer &" / "Associates"), never elsewhere.
 */
export const ORG_NAME = `${WORD}(?:(?:[ \\t]+|(?<=&|\\band|\\bof)[ \\t]*\\n[ \\t]*|,[ \\t]*(?=${LEGAL_FORM}(?!\\p{L})))(?:(?:&|and|of)(?=[ \\t]+\\p{Lu}|[ \\t]*\\n[ \\t]*\\p{Lu})|${WORD}|${LEGAL_FORM}))*`;

export const HAS_LEGAL_FORM = new RegExp(`[ ,]${LEGAL_FORM}$`, "u");

/** Words that start a sentence or name a document, never an organisation. */
export const NOT_AN_ORG = /^(?:The|This|That|Our|We|Management|SOC|Type|Report|Section|Dear|To|Re|Subject)\b/;
