// The site list's label in the rest of Europe's languages (cert11), as a regex source: da "Lokaliteter", "Adresser"; no
// "Lokasjoner"; fi "Toimipaikat", "Toimipisteet"; et "Asukohad", "Tegevuskohad"; lv "Atrašanās vietas"; lt "Veiklos
// vietos"; hu "Telephelyek"; ro "Locații", "Amplasamente", "Puncte de lucru"; cs/sk "Pracoviště", "Pracoviská",
// "Prevádzky", "Miesta"; sl/hr "Lokacije"; el "Εγκαταστάσεις". Singular and plural.
export const SITE_WORDS_MORE = [
  "lokaliteter|lokalitet|lokasjoner|lokasjon|adresser",
  "toimipaikat|toimipaikka|toimipisteet|toimipiste|asukohad|asukoht|tegevuskohad|tegevuskoht",
  "atra[šs]an[āa]s\\s*vietas|veiklos\\s*vietos|veiklos\\s*vieta",
  "telephelyek|telephely",
  "loca[țţt]ii(?:le)?|loca[țţt]ie|amplasamente|amplasament|puncte\\s*de\\s*lucru",
  "pracovi[šs]t[ěe]|pracovisk[áa]|pracovisko|prev[áa]dzky|prev[áa]dzka|miesta|m[íi]sta",
  "lokacije|lokacija",
  "εγκαταστάσεις|εγκαταστασεις|τοποθεσίες",
].join("|");

/** A site table's address column in those languages: da/no "Adresse", fi "Osoite", et "Aadress", lv "Adrese", lt "Adresas",
 * hu "Cím", ro/sk/cs/hr "Adresa", sl "Naslov", el "Διεύθυνση". */
export const ADDRESS_WORDS_MORE = "osoite|aadress|adrese|adresas|c[íi]m|adresa|naslov|διεύθυνση|διευθυνση";

/** A site table's activity column in those languages: da "Aktiviteter", no "Aktiviteter", fi "Toiminnot", et "Tegevused",
 * lv "Darbības", lt "Veikla", hu "Tevékenység(ek)", ro "Activități", sk "Činnosti", sl "Dejavnosti", hr "Djelatnosti", el
 * "Δραστηριότητες". */
export const ACTIVITY_WORDS_MORE =
  "aktiviteter|aktivitet|toiminnot|toiminta|tegevused|tegevus|darb[īi]bas|veikla|tev[ée]kenys[ée]g(?:ek)?|activit[ăa][țţt]i|activitate|[čc]innosti|[čc]innos[ťt]|dejavnosti|djelatnosti|δραστηριότητες|δραστηριοτητες";
