// The scope's label as certificates print it in German, Spanish, French, Italian, Dutch, Portuguese and Swedish, alone or
// beside English ("Geltungsbereich:", "Alcance / Scope:", "Domaine d'application :", "Campo applicativo").
export const SCOPE_WORDS_ELSEWHERE =
  "geltungsbereich|anwendungsbereich|alcance|[áâa]mbito(?:\\s*de\\s*(?:aplicaci[óo]n|certificaci[óo]n))?|domaine\\s*d['’]\\s*application|champ\\s*d['’]\\s*application|campo\\s*(?:applicativo|di\\s*applicazione)|toepassingsgebied|escopo|omfattning|zakres(?:\\s*certyfikacji)?|p[řr]edm[ěe]t\\s*certifikace|rozsah\\s*certifikace";

// Site and date labels in those languages start the next field: a scope ends before them.
export const NEXT_FIELD_ELSEWHERE =
  /^\s*(?:emplazamientos?|ubicaciones|standorte?|sedi|siti|locaties|vestigingen|lieux|locais|instala[çc][õo]es|fecha\s*de|data\s*(?:di|de|prima)|datum|date\s*d['’]|g[üu]ltig|erstzertifizierung|valable|v[áa]lido|scadenza|geldig)\b[^\n:]{0,60}:/i;
