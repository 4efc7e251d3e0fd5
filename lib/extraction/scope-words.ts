import { NEXT_FIELD_WORDS_ELSEWHERE } from "./date-labels-elsewhere";
import { SITE_WORDS_MORE } from "./site-words";
// The rest of Europe's languages (cert11): da "Anvendelsesområde", "Omfang", "Certificeringens omfang"; no
// "Virkeområde"; fi "Soveltamisala", "Sertifioinnin laajuus"; et "Käsitlusala", "Sertifitseerimise ulatus"; lv
// "Sertifikācijas sfēra", "Darbības joma"; lt "Sertifikavimo sritis", "Taikymo sritis"; hu "Alkalmazási terület",
// "A tanúsítás tárgya"; ro "Domeniul de certificare / aplicare"; sk "Predmet certifikácie", "Rozsah certifikácie"; sl
// "Področje certifikacije", "Obseg certifikacije"; hr "Područje certifikacije / primjene", "Opseg certifikacije"; el
// "Πεδίο εφαρμογής / πιστοποίησης".
const SCOPE_WORDS_MORE = [
  "anvendelsesomr[åa]de|(?:certificeringens\\s*|sertifiseringens\\s*)?omfang|virkeomr[åa]de|g[ye]ldighedsomr[åa]de",
  "soveltamisala|sertifioinnin\\s*laajuus|k[äa]sitlusala|sertifitseerimise\\s*ulatus",
  "sertifik[āa]cijas\\s*sf[ēe]ra|darb[īi]bas\\s*joma|piem[ēe]ro[šs]anas\\s*joma|sertifikavimo\\s*sritis|taikymo\\s*sritis",
  "alkalmaz[áa]si\\s*ter[üu]let|(?:a\\s*)?tan[úu]s[íi]t[áa]s\\s*(?:t[áa]rgya|ter[üu]lete|hat[óo]k[öo]re)",
  "domeniul\\s*(?:de\\s*)?(?:certificare|aplicare|aplicabilitate)|domeniu\\s*de\\s*(?:certificare|aplicare)",
  "predmet\\s*certifik[áa]cie|rozsah\\s*(?:certifik[áa]cie|platnosti)",
  "podro[čc]je\\s*(?:certifikacije|uporabe)|obseg\\s*certifikacije|podru[čc]je\\s*(?:certifikacije|primjene)|opseg\\s*certifikacije",
  "πεδίο\\s*(?:εφαρμογής|πιστοποίησης)|πεδιο\\s*(?:εφαρμογης|πιστοποιησης)",
].join("|");

// The scope's label as certificates print it in German, Spanish, French, Italian, Dutch, Portuguese and Swedish, alone or
// beside English ("Geltungsbereich:", "Alcance / Scope:", "Domaine d'application :", "Campo applicativo").
export const SCOPE_WORDS_ELSEWHERE =
  "geltungsbereich|anwendungsbereich|alcance|[áâa]mbito(?:\\s*de\\s*(?:aplicaci[óo]n|certificaci[óo]n))?|domaine\\s*d['’]\\s*application|champ\\s*d['’]\\s*application|campo\\s*(?:applicativo|di\\s*applicazione)|toepassingsgebied|escopo|omfattning|zakres(?:\\s*certyfikacji)?|p[řr]edm[ěe]t\\s*certifikace|rozsah\\s*certifikace|" +
  SCOPE_WORDS_MORE;

// Site and date labels in those languages start the next field: a scope ends before them.
// So do the rest of Europe's site and date labels (site-words.ts, date-labels-elsewhere.ts).
export const NEXT_FIELD_ELSEWHERE = new RegExp(
  String.raw`^\s*(?:emplazamientos?|ubicaciones|standorte?|sedi|siti|locaties|vestigingen|lieux|locais|instala[çc][õo]es|fecha\s*de|data\s*(?:di|de|prima)|datum|date\s*d['’]|g[üu]ltig|erstzertifizierung|valable|v[áa]lido|scadenza|geldig|${SITE_WORDS_MORE}|${NEXT_FIELD_WORDS_ELSEWHERE})(?![\p{L}])[^\n:]{0,60}:`,
  "iu",
);

// A preposition and article before the label, when the scope sits inside the certifying sentence ("…, dass das
// Unternehmen X für den Geltungsbereich / <scope> / ein Informationssicherheits-Managementsystem eingeführt hat").
export const SCOPE_LABEL_LEAD_ELSEWHERE =
  "(?:f[üu]r\\s*den|im|para\\s*el|en\\s*el|pour\\s*le|dans\\s*le|per\\s*il|nel|voor\\s*het|no|para\\s*o)\\s+";

// In those languages the certifying sentence goes on after the scope with the management system it names ("ein
// Informationssicherheits-Managementsystem eingeführt hat", "un sistema de gestión …"): that line ends the scope.
export const SCOPE_CLAUSE_RESUMES =
  /^\s*(?:(?:ein(?:e[nm]?)?|das|die)\s+\S*management\S*system|(?:un|el|le|il|een|het|o)\s+(?:sistema\s+de\s+gesti[oó]n|sistema\s+di\s+gestione|syst[èe]me\s+de\s+management|sistema\s+de\s+gest[ãa]o|(?:\S+)?managementsysteem))/i;
