// "Sub-processor" and a list's column headers in the languages vendors publish their lists in: German
// (Unterauftragsverarbeiter, Zweck, Ort der Verarbeitung), French (sous-traitants ultérieurs, finalité, lieu de
// traitement), Spanish (subencargados, finalidad, ubicación), Dutch (subverwerkers, doel, locatie), Italian
// (sub-responsabili, finalità, sede), Portuguese (suboperadores, finalidade), Swedish, Danish and Norwegian
// (underbiträden, underdatabehandlere, formål). Accents are optional: a classifier reads folded letters.

/** The word for a sub-processor, in English or another language. */
export const SUBPROCESSOR_WORD =
  /sub-?\s*processors?|unter-?\s*auftrags-?\s*verarbeiter(?:n|s)?|sub-?\s*auftragsverarbeiter(?:n|s)?|sous-?\s*traitants?(?:\s+ult[ée]rieurs?)?|sub-?\s*encargad[oa]s?|sub-?\s*verwerkers?|sub-?\s*responsabil[ei]|sub-?\s*(?:processador|operador|subcontratant)(?:es|as)?|under-?\s*bitr[äa]d(?:e|en|et)?|under-?\s*(?:data)?behandler(?:e|a|en|ne)?/i;

/** A column header naming the provider, in other languages ("Firma", "Nom", "Proveedor", "Naam", "Fornitore"). */
export const FOREIGN_NAME_HEADER =
  /\b(?:nom|nombre|naam|nome|namn|navn|firma|unternehmen|anbieter|dienstleister|soci[ée]t[ée]|prestataire|entit[ée]|empresa|entidad|proveedor|bedrijf|leverancier|fornitore|ragione\s+sociale|leverant[öo]r|leverand[øo]r|selskab|selskap)\b/i;

/** A header saying where the data is processed ("Ort der Verarbeitung", "Lieu de traitement", "Serverstandort"). */
export const FOREIGN_PROCESSING_PLACE =
  /ort\s+der\s+(?:daten)?verarbeitung|verarbeitungsort|(?:server|daten|hosting)-?\s*standort|lieu\s+(?:du|de|des)\s+(?:l[ae]\s+)?traitement|localisation\s+des\s+donn[ée]es|lugar\s+(?:del?\s+)?tratamiento|ubicaci[óo]n\s+(?:del?\s+)?(?:tratamiento|los\s+datos)|locatie\s+van\s+(?:de\s+)?(?:gegevens)?verwerking|luogo\s+(?:del\s+)?trattamento|local\s+(?:do\s+)?tratamento|behandlingsort|behandlingssted/i;

/** A header naming a place: country, seat or site ("Land", "Standort", "Pays", "País", "Sede"). */
export const FOREIGN_PLACE =
  /\b(?:land|l[äa]nder|standort|sitz|pays|localisation|emplacement|ubicaci[óo]n|pa[íi]s|locatie|vestiging|paese|sede|localiza[çc][ãa]o|plats|placering|lokation|sted)\b/i;

/** A header saying why ("Zweck", "Finalité", "Finalidad", "Doel", "Finalità", "Formål"). */
export const FOREIGN_PURPOSE =
  /zweck|finalit[ée]|finalidad|finalidade|finalit[àa]|prop[óo]sito|\bdoel(?:einde)?\b|\bsyfte\b|\bform[åa]l\b/i;

/** A header saying what is done ("Leistung", "Tätigkeit", "Beschreibung", "Descripción", "Dienst", "Servizio"). */
export const FOREIGN_ACTIVITY =
  /leistung|t[äa]tigkeit|beschreibung|art\s+der\s+verarbeitung|descripci[óo]n|descri[çc][ãa]o|descrizione|omschrijving|beskrivning|beskrivelse|\bdienst\b|servicio|servi[çc]o|servizio|tj[äa]nst|tjeneste|prestation|traitement\s+effectu[ée]/i;
