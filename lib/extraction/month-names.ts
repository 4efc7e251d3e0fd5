// Month names of the languages certificates are printed in beside English (German, French, Spanish, Italian, Dutch,
// Portuguese, Swedish; Polish and Czech in the genitive, as their dates print them), with and without their accents (a text layer may drop them). All of these languages write the day
// first ("18 octobre 2021", "9 de junio de 2022", "28. März 2019").
const BY_MONTH: string[][] = [
  ["januar", "janvier", "enero", "gennaio", "januari", "janeiro", "jänner", "stycznia", "ledna"],
  ["februar", "février", "fevrier", "febrero", "febbraio", "februari", "fevereiro", "lutego", "února", "unora"],
  ["märz", "marz", "maerz", "mars", "marzo", "maart", "março", "marco", "marca", "března", "brezna"],
  ["april", "avril", "abril", "aprile", "kwietnia", "dubna"],
  ["mai", "mayo", "maggio", "mei", "maio", "maj", "maja", "května", "kvetna"],
  ["juni", "juin", "junio", "giugno", "junho", "czerwca", "června", "cervna"],
  ["juli", "juillet", "julio", "luglio", "julho", "lipca", "července", "cervence"],
  ["august", "août", "aout", "agosto", "augustus", "augusti", "sierpnia", "srpna"],
  [
    "september",
    "septembre",
    "septiembre",
    "setiembre",
    "settembre",
    "setembro",
    "września",
    "wrzesnia",
    "září",
    "zari",
  ],
  ["oktober", "octobre", "octubre", "ottobre", "outubro", "października", "pazdziernika", "října", "rijna"],
  ["november", "novembre", "noviembre", "novembro", "listopada", "listopadu"],
  ["dezember", "décembre", "decembre", "diciembre", "dicembre", "december", "dezembro", "grudnia", "prosince"],
];

export const OTHER_MONTH_NAMES: Record<string, number> = Object.fromEntries(
  BY_MONTH.flatMap((names, i) => names.map((name) => [name, i + 1])),
);
