// The legal forms that end an organisation's name as vendors, auditors and certification bodies print it, one list for
// every reader of names (a letter's signer firm, a certificate's holder and body). Written as regex sources: each
// reader chooses its own anchoring and case rule.
const FORMS = [
  "Inc\\.?",
  "Incorporated",
  "LLC",
  "L\\.L\\.C\\.",
  "LLP\\.?",
  "L\\.L\\.P\\.",
  "PLLC",
  "P\\.C\\.",
  "Co\\.,?\\s*Ltd\\.?",
  "Ltd\\.?",
  "Limited",
  "GmbH",
  // "Zertifizierungsgesellschaft mbH": the company word joined to its name.
  "mbH",
  "AG",
  "Corp\\.?",
  "Corporation",
  "Co\\.",
  "plc",
  "PLC",
  "S\\.A\\.?",
  // Belgian, French, Swiss, Spanish and Luxembourg companies print "SA" without its dots, and Belgian ones in both
  // languages ("SA/NV", "NV/SA").
  "SA\\/NV",
  "NV\\/SA",
  "SA",
  "S\\.L\\.",
  "SAS",
  "SARL",
  "S\\.à\\s*r\\.l\\.",
  "SRL",
  "BV",
  "NV",
  "B\\.V\\.",
  "N\\.V\\.",
  "A\\.Ş\\.",
  "A\\.S\\.",
  "Pvt\\.?",
  "Pty\\.?\\s*Ltd\\.?",
  "Pty",
  "S\\.r\\.l\\.",
  "S\\.p\\.A\\.",
  "d\\.o\\.o\\.",
  "OÜ",
  "AB",
  "Oy",
  "ApS",
  // Nordic, Central European and Iberian forms ("Halvorsen Routing Software AS", "Pravek Payroll s.r.o.", "SAP SE").
  "ASA",
  "AS",
  "A/S",
  "P/S",
  "s\\.r\\.o\\.",
  "a\\.s\\.",
  "Sp\\.\\s*z\\s*o\\.o\\.",
  // Polish names print the form in lower case too ("Wiślana Chmura sp. z o.o.").
  "sp\\.\\s*z\\s*o\\.o\\.",
  "SE",
  "KG",
  "Kft\\.",
  "Zrt\\.",
  "Lda\\.?",
  "S\\.L\\.U\\.",
  // Spanish professional firms ("Auditores Ejemplo S.L.P."), German partnerships ("… Partnerschaft mbB").
  "S\\.L\\.P\\.",
  "SLP",
  "mbB",
  "TOO",
  "CPAs?",
  // Irish forms ("Corrib Software Teoranta", "… Teo.", a designated activity company "… DAC").
  "Teoranta",
  "Teo\\.",
  "DAC",
];

/** One legal form, as a regex source (an alternation in a non-capturing group). */
export const LEGAL_FORM = `(?:${FORMS.join("|")})`;

// Russian and Kazakh names put the legal form first, before the quoted name ("ООО «Альфа»", "Товариществу с
// ограниченной ответственностью «Бета»"): spelt out in any grammatical case (letters after the stem are the case
// ending), or abbreviated (Russian ООО/АО/ПАО…, Kazakh ТОО/АҚ/ЖШС). Matched case-insensitively.
const CIS_SPELT =
  "(?:(?:публичн|непубличн|закрыт|открыт|акционерн|государственн|муниципальн|унитарн|федеральн|некоммерческ|автономн|хозяйственн)[а-яё]*\\s+)*(?:обществ|товариществ|предприяти|учреждени|организаци|компани)[а-яё]*(?:\\s+с\\s+ограниченной\\s+ответственностью)?";
const CIS_SHORT = "(?:ООО|ОАО|ЗАО|ПАО|НАО|АО|ТОО|АҚ|ЖШС|ФГУП|ГУП|МУП|АНО|ОДО|ЧУП|УП|ИП)";

/** A legal form printed before an organisation's quoted name (Russian / CIS), as a regex source. */
export const LEGAL_FORM_BEFORE_NAME = `(?:${CIS_SPELT}|${CIS_SHORT})`;
