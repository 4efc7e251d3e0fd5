// Month names of the languages certificates are printed in beside English (German, French, Spanish, Italian, Dutch,
// Portuguese, Swedish), with and without their accents (a text layer may drop them). All of these languages write the day
// first ("18 octobre 2021", "9 de junio de 2022", "28. März 2019").
const BY_MONTH: string[][] = [
  ["januar", "janvier", "enero", "gennaio", "januari", "janeiro", "jänner"],
  ["februar", "février", "fevrier", "febrero", "febbraio", "februari", "fevereiro"],
  ["märz", "marz", "maerz", "mars", "marzo", "maart", "março", "marco"],
  ["april", "avril", "abril", "aprile"],
  ["mai", "mayo", "maggio", "mei", "maio", "maj"],
  ["juni", "juin", "junio", "giugno", "junho"],
  ["juli", "juillet", "julio", "luglio", "julho"],
  ["august", "août", "aout", "agosto", "augustus", "augusti"],
  ["september", "septembre", "septiembre", "setiembre", "settembre", "setembro"],
  ["oktober", "octobre", "octubre", "ottobre", "outubro"],
  ["november", "novembre", "noviembre", "novembro"],
  ["dezember", "décembre", "decembre", "diciembre", "dicembre", "december", "dezembro"],
];

export const OTHER_MONTH_NAMES: Record<string, number> = Object.fromEntries(
  BY_MONTH.flatMap((names, i) => names.map((name) => [name, i + 1])),
);
