// A certificate's date labels in the European languages the older lists did not hold (cert11): Danish, Norwegian,
// Finnish, Estonian, Latvian, Lithuanian, Hungarian, Romanian, Slovak, Slovenian, Croatian and Greek, each in the
// wordings a body prints (a noun label, "issued", "valid until"). Regex sources, matched case-blind on the page's text
// with its accents, so a letter a text layer may print without its accent is a class ("[öo]").

/** The date of this issue. */
export const ISSUE_ELSEWHERE = [
  // da / no: "Udstedelsesdato", "Udstedt den", "Utstedt", "Dato for udstedelse"
  "udstedelsesdato|udstedt(?:\\s*den)?|utstedelsesdato|utstedt(?:\\s*dato)?|dato\\s*for\\s*ud?tstedelse",
  // fi: "Myönnetty", "Myöntämispäivä", "Annettu"
  "my[öo]nnetty|my[öo]nt[äa]misp[äa]iv[äa](?:m[äa][äa]r[äa])?|annettu",
  // et, lv, lt: "Välja antud", "Väljaandmise kuupäev", "Izsniegšanas datums", "Išdavimo data"
  "v[äa]lja\\s*antud|v[äa]ljaandmise\\s*kuup[äa]ev|izsnieg[šs]anas\\s*datums|izsniegts|i[šs]davimo\\s*data|i[šs]duota",
  // hu: "Kiadás dátuma", "Kiállítás dátuma", "Kiadás kelte", "Kelt"
  "kiad[áa]s\\s*(?:d[áa]tuma|kelte)|ki[áa]ll[íi]t[áa]s\\s*(?:d[áa]tuma|kelte)|kelt(?=\\s*:)",
  // ro: "Data emiterii", "Emis la", "Data eliberării"
  "data\\s*emiterii|data\\s*emitere|emis\\s*la|data\\s*elibe?r[ăa]rii",
  // sk, sl, hr: "Dátum vydania", "Vydané dňa", "Datum izdaje", "Datum izdavanja", "Izdano"
  "d[áa]tum\\s*vydania|vydan[ýée]\\s*d[ňn]a|datum\\s*izda(?:je|vanja)|izdano(?:\\s*dne)?",
  // el: "Ημερομηνία έκδοσης"
  "ημερομηνία\\s*έκδοσης|ημερομηνια\\s*εκδοσης",
].join("|");

/** The first certification of the holder (outranks a bare certification date, as the English "first" labels do). */
export const ORIGINAL_ELSEWHERE = [
  // da / no: "Første certificering", "Oprindelig certificering", "Certificeret siden", "Første sertifisering"
  "(?:dato\\s*for\\s*)?f[øo]rste\\s*(?:certificering|sertifisering)|oprindelig\\s*certificering|opprinnelig\\s*sertifisering|certificeret\\s*siden|sertifisert\\s*siden",
  // fi: "Ensimmäinen sertifiointi", "Alkuperäinen sertifiointi", "Sertifioitu ensimmäisen kerran"
  "ensimm[äa]inen\\s*sertifiointi|ensimm[äa]isen\\s*sertifioinnin\\s*p[äa]iv[äa](?:m[äa][äa]r[äa])?|alkuper[äa]inen\\s*sertifiointi|sertifioitu\\s*ensimm[äa]isen\\s*kerran",
  // et, lv, lt: "Esmane sertifitseerimine", "Sākotnējā sertifikācija", "Pirminė sertifikacija"
  "esma(?:ne|se|kordne)\\s*sertifitseerimi(?:ne|se(?:\\s*kuup[äa]ev)?)|s[āa]kotn[ēe]j[āa]\\s*sertifik[āa]cija|pirm[āa]s\\s*sertifik[āa]cijas\\s*datums|pirmin[ėe]\\s*sertifikacija|pirmosios\\s*sertifikacijos\\s*data",
  // hu: "Első tanúsítás", "Eredeti tanúsítás", "Első kiadás"
  "els[őoö]\\s*(?:tan[úu]s[íi]t[áa]s(?:\\s*d[áa]tuma)?|kiad[áa]s)|eredeti\\s*tan[úu]s[íi]t[áa]s",
  // ro: "Data certificării inițiale", "Certificare inițială", "Data primei certificări", "Prima certificare"
  "data\\s*certific[ăa]rii\\s*ini[țţt]iale|certificare\\s*ini[țţt]ial[ăa]|data\\s*primei\\s*certific[ăa]ri|prima\\s*certificare",
  // sk, sl, hr: "Dátum prvej certifikácie", "Prvá certifikácia", "Datum prve certifikacije", "Prva certifikacija"
  "d[áa]tum\\s*prvej\\s*certifik[áa]cie|prv[áa]\\s*certifik[áa]cia|prvotn[áa]\\s*certifik[áa]cia|datum\\s*prve\\s*certifikacije|prva\\s*certifikacija|prvo\\s*izdavanje",
  // el: "Ημερομηνία αρχικής πιστοποίησης", "Αρχική πιστοποίηση"
  "(?:ημερομηνία\\s*)?αρχικής\\s*πιστοποίησης|αρχική\\s*πιστοποίηση",
].join("|");

/** The end of this certificate's validity. */
export const EXPIRY_ELSEWHERE = [
  // da / no: "Udløbsdato", "Gyldig til", "Utløpsdato", "Gyldig t.o.m."
  "udl[øo]bsdato|udl[øo]ber(?:\\s*den)?|utl[øo]psdato|utl[øo]per|gyldig[t]?\\s*(?:til|t\\.?\\s*o\\.?\\s*m\\.?)",
  // fi: "Voimassa asti", "Voimassa", "Voimassaolo päättyy", "Päättymispäivä"
  "voimassa(?:olo\\s*p[äa][äa]ttyy|\\s*(?:asti|saakka))?|p[äa][äa]ttymisp[äa]iv[äa]|viimeinen\\s*voimassaolop[äa]iv[äa]",
  // et, lv, lt: "Kehtiv kuni", "Kehtib kuni", "Derīgs līdz", "Derīguma termiņš", "Galioja iki"
  "kehti(?:v|b)\\s*kuni|kehtivuse\\s*l[õo]pp|aegumiskuup[äa]ev|der[īi]gs\\s*l[īi]dz|der[īi]guma\\s*termi[ņn][šs]|galioja\\s*iki|galiojimo\\s*pabaiga",
  // hu: "Érvényesség vége", "Érvényes", "Lejárat dátuma"
  "[ée]rv[ée]nyess[ée]g\\s*(?:v[ée]ge|lej[áa]rta)|[ée]rv[ée]nyes(?:\\s*eddig)?(?=\\s*:)|lej[áa]rat(?:\\s*d[áa]tuma|i\\s*d[áa]tum)?",
  // ro: "Valabil până la", "Data expirării", "Expiră la"
  "valabil\\s*p[âa]n[ăa]\\s*la|data\\s*expir[ăa]rii|expir[ăa]\\s*la",
  // sk, sl, hr: "Platnosť do", "Platný do", "Velja do", "Veljavnost do", "Vrijedi do", "Važi do", "Datum isteka"
  "platnos[ťt]\\s*(?:certifik[áa]tu\\s*)?do|platn[ýy]\\s*do|velja(?:vnost)?\\s*do|veljavno\\s*do|datum\\s*poteka|vrijedi\\s*do|va[žz]i\\s*do|valjanost\\s*do|datum\\s*isteka",
  // el: "Ισχύει έως", "Ημερομηνία λήξης"
  "ισχύει\\s*έως|ισχυει\\s*εως|ημερομηνία\\s*λήξης|ημερομηνια\\s*ληξης",
].join("|");

/** The start of a validity range ("Gyldig fra 1.5.2025 til 30.4.2028"). */
export const VALID_FROM_ELSEWHERE =
  "gyldig\\s*fra|voimassa\\s*alkaen|kehtiv\\s*alates|der[īi]gs\\s*no|galioja\\s*nuo|valabil\\s*de\\s*la|platn[ýy]\\s*od|velja\\s*od|vrijedi\\s*od|ισχύει\\s*από";

/** Labels in these languages that start another field: a scope ends before them. */
export const NEXT_FIELD_WORDS_ELSEWHERE = [ISSUE_ELSEWHERE, ORIGINAL_ELSEWHERE, EXPIRY_ELSEWHERE].join("|");
