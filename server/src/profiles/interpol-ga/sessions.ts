/**
 * Sessions of the INTERPOL General Assembly, 61st (1992) to 94th (2026, the coming one): year,
 * host city and country in the four languages, dates, and where each was read.
 *
 * `verified` means every field present in the row is confirmed by its source;
 * an absent city or `start`/`end` is not (yet) known, not unverified. Rows marked
 * `verified: false` say why in `source`; checks that rely on them stay mild.
 *
 * > **Note**: session = year − 1931 up to 2019 and year − 1932 from 2021: the
 * > 89th session, planned for 2020, was postponed to 2021. Use the table, not
 * > the arithmetic.
 *
 * City and country names follow standard UN/INTERPOL usage in each language
 * (Arabic as INTERPOL's Arabic site writes them: `مراكش (المغرب)`, `بيجين (الصين)`).
 * A city-state has the same name as city and country.
 *
 * To add a session: append a row (the tests check there is no gap).
 */
import {sessionTable, type GeneralAssemblySession, type Localized, type SessionTable} from '../../core/facts/sessions.js'

export type {DeclaredSession, GeneralAssemblySession, Localized, SessionConflict, SessionTable} from '../../core/facts/sessions.js'

const marrakesh: Localized = {ar: 'مراكش', en: 'Marrakesh', fr: 'Marrakech', es: 'Marrakech'}
const morocco: Localized = {ar: 'المغرب', en: 'Morocco', fr: 'Maroc', es: 'Marruecos'}
const newDelhi: Localized = {ar: 'نيودلهي', en: 'New Delhi', fr: 'New Delhi', es: 'Nueva Delhi'}
const india: Localized = {ar: 'الهند', en: 'India', fr: 'Inde', es: 'India'}
const singapore: Localized = {ar: 'سنغافورة', en: 'Singapore', fr: 'Singapour', es: 'Singapur'}
const monaco: Localized = {ar: 'موناكو', en: 'Monaco', fr: 'Monaco', es: 'Mónaco'}
const beijing: Localized = {ar: 'بيجين', en: 'Beijing', fr: 'Beijing', es: 'Beijing'}
const china: Localized = {ar: 'الصين', en: 'China', fr: 'Chine', es: 'China'}

const unknownSession = (session: number, year: number): GeneralAssemblySession => ({
  session,
  year,
  city: undefined,
  country: undefined,
  verified: false,
  source:
    'UNVERIFIED: FACTS.md has no row for this session and searches of interpol.int and press pages found no reliable source; ' +
    'session number and year follow from the table (61st in 1992, 65th in 1996).'
})

/** The sessions, in order. */
export const sessions: readonly GeneralAssemblySession[] = [
  {session: 61, year: 1992, city: {ar: 'داكار', en: 'Dakar', fr: 'Dakar', es: 'Dakar'}, country: {ar: 'السنغال', en: 'Senegal', fr: 'Sénégal', es: 'Senegal'}, start: '1992-11-04', end: '1992-11-10', verified: true, source: 'FACTS.md: AGN/61/RES/15, Dakar 1992 (interpol.int archive)'},
  unknownSession(62, 1993),
  unknownSession(63, 1994),
  {session: 64, year: 1995, city: beijing, country: china, verified: true, source: 'Media OutReach Newswire 5 Jan 2026 (laotiantimes.com), China\'s Vice Minister of Public Security Xu Datong: "China hosted the INTERPOL General Assembly in Beijing in 1995 and 2017"; dates not found'},
  {session: 65, year: 1996, city: {ar: 'أنطاليا', en: 'Antalya', fr: 'Antalya', es: 'Antalya'}, country: {ar: 'تركيا', en: 'Turkey', fr: 'Turquie', es: 'Turquía'}, start: '1996-10-23', end: '1996-10-29', verified: true, source: 'Netherlands police note IS/I/9600393 of 4 Nov 1996 (expydoc.com/doc/6683725): "Van 23 tot en met 29 oktober 1996 … 65e Generale Assemblee … Antalya"'},
  {session: 66, year: 1997, city: newDelhi, country: india, start: '1997-10-15', end: '1997-10-21', verified: true, source: 'India Post stamp note "66th General Assembly Session of ICPO-Interpol" (indianphilatelics.com): Vigyan Bhawan, New Delhi, 15–21 Oct 1997; livemint.com 2022: "last held in 1997"'},
  {session: 67, year: 1998, city: {ar: 'القاهرة', en: 'Cairo', fr: 'Le Caire', es: 'El Cairo'}, country: {ar: 'مصر', en: 'Egypt', fr: 'Égypte', es: 'Egipto'}, verified: true, source: 'AG-2001-RES-05 (avalon.law.yale.edu/sept11/interpol_007.asp): "the 67th session in Cairo (1998)"; dates not found'},
  {session: 68, year: 1999, city: {ar: 'سول', en: 'Seoul', fr: 'Séoul', es: 'Seúl'}, country: {ar: 'جمهورية كوريا', en: 'Republic of Korea', fr: 'République de Corée', es: 'República de Corea'}, start: '1999-11-08', end: '1999-11-12', verified: true, source: 'AGN/68/RES/5: "meeting in Seoul from 8th to 12th November 1999 at its 68th session" (FACTS.md)'},
  {session: 69, year: 2000, city: {ar: 'رودس', en: 'Rhodes', fr: 'Rhodes', es: 'Rodas'}, country: {ar: 'اليونان', en: 'Greece', fr: 'Grèce', es: 'Grecia'}, start: '2000-10-30', end: '2000-11-04', verified: true, source: 'AGN/69/RES/2 (doczz.fr/doc/4811620): "réunie en sa 69ème session à Rhodes, du 30 octobre au 4 novembre 2000"'},
  {session: 70, year: 2001, city: {ar: 'بودابست', en: 'Budapest', fr: 'Budapest', es: 'Budapest'}, country: {ar: 'هنغاريا', en: 'Hungary', fr: 'Hongrie', es: 'Hungría'}, start: '2001-09-24', end: '2001-09-28', verified: true, source: 'AG-2001-RES-05 (avalon.law.yale.edu/sept11/interpol_007.asp): "meeting in Budapest from 24 to 28 September 2001 at its 70th session"'},
  {session: 71, year: 2002, city: {ar: 'ياوندي', en: 'Yaoundé', fr: 'Yaoundé', es: 'Yaundé'}, country: {ar: 'الكاميرون', en: 'Cameroon', fr: 'Cameroun', es: 'Camerún'}, start: '2002-10-21', end: '2002-10-24', verified: false, source: 'interpol.int news 21 Oct 2002 (opening of the 71st session, Yaoundé); end UNVERIFIED: AP (21 Oct 2002) says a four-day meeting, Deutsche Welle says three days'},
  {session: 72, year: 2003, city: {ar: 'بنيدورم', en: 'Benidorm', fr: 'Benidorm', es: 'Benidorm'}, country: {ar: 'إسبانيا', en: 'Spain', fr: 'Espagne', es: 'España'}, start: '2003-09-29', end: '2003-10-02', verified: true, source: 'interpol.int news 2 Oct 2003 (four-day meeting in Benidorm ended); FACTS.md'},
  {session: 73, year: 2004, city: {ar: 'كانكون', en: 'Cancún', fr: 'Cancún', es: 'Cancún'}, country: {ar: 'المكسيك', en: 'Mexico', fr: 'Mexique', es: 'México'}, start: '2004-10-05', end: '2004-10-08', verified: true, source: 'interpol.int news 8 Oct 2004: the four-day meeting in Cancún ended 8 Oct (start counted back four days)'},
  {session: 74, year: 2005, city: {ar: 'برلين', en: 'Berlin', fr: 'Berlin', es: 'Berlín'}, country: {ar: 'ألمانيا', en: 'Germany', fr: 'Allemagne', es: 'Alemania'}, start: '2005-09-19', end: '2005-09-22', verified: true, source: 'interpol.int media release PR037 of 19 Sep 2005 (opened Monday); FACTS.md'},
  {session: 75, year: 2006, city: {ar: 'ريو دي جانيرو', en: 'Rio de Janeiro', fr: 'Rio de Janeiro', es: 'Río de Janeiro'}, country: {ar: 'البرازيل', en: 'Brazil', fr: 'Brésil', es: 'Brasil'}, start: '2006-09-19', end: '2006-09-22', verified: true, source: 'interpol.int news 19 Sep 2006: the 75th General Assembly opened on Tuesday, a four-day conference'},
  {session: 76, year: 2007, city: marrakesh, country: morocco, start: '2007-11-05', end: '2007-11-08', verified: true, source: 'interpol.int event page "76th INTERPOL General Assembly, Marrakesh, Morocco - 5-8 November 2007"'},
  {session: 77, year: 2008, city: {ar: 'سان بطرسبرغ', en: 'Saint Petersburg', fr: 'Saint-Pétersbourg', es: 'San Petersburgo'}, country: {ar: 'روسيا', en: 'Russia', fr: 'Russie', es: 'Rusia'}, start: '2008-10-07', end: '2008-10-10', verified: true, source: 'FACTS.md (interpol.int event pages)'},
  {session: 78, year: 2009, city: singapore, country: singapore, start: '2009-10-11', end: '2009-10-15', verified: true, source: 'FACTS.md; gov.cn 12 Oct 2009 (opened 11 Oct in Singapore)'},
  {session: 79, year: 2010, city: {ar: 'الدوحة', en: 'Doha', fr: 'Doha', es: 'Doha'}, country: {ar: 'قطر', en: 'Qatar', fr: 'Qatar', es: 'Qatar'}, start: '2010-11-08', end: '2010-11-11', verified: true, source: 'FACTS.md (interpol.int event pages)'},
  {session: 80, year: 2011, city: {ar: 'هانوي', en: 'Hanoi', fr: 'Hanoï', es: 'Hanói'}, country: {ar: 'فييت نام', en: 'Viet Nam', fr: 'Viet Nam', es: 'Viet Nam'}, start: '2011-10-31', end: '2011-11-03', verified: true, source: 'FACTS.md (interpol.int event pages)'},
  {session: 81, year: 2012, city: {ar: 'روما', en: 'Rome', fr: 'Rome', es: 'Roma'}, country: {ar: 'إيطاليا', en: 'Italy', fr: 'Italie', es: 'Italia'}, start: '2012-11-05', end: '2012-11-08', verified: true, source: 'interpol.int event page "5-8 November 2012 - Rome, Italy"'},
  {session: 82, year: 2013, city: {ar: 'قرطاجنة', en: 'Cartagena', fr: 'Carthagène', es: 'Cartagena'}, country: {ar: 'كولومبيا', en: 'Colombia', fr: 'Colombie', es: 'Colombia'}, start: '2013-10-21', end: '2013-10-24', verified: true, source: 'interpol.int event page "21-24 October 2013 - Cartagena, Colombia"'},
  {session: 83, year: 2014, city: monaco, country: monaco, start: '2014-11-03', end: '2014-11-07', verified: true, source: 'FACTS.md; Monaco event listing "From 3rd to 7th November" 2014'},
  {session: 84, year: 2015, city: {ar: 'كيغالي', en: 'Kigali', fr: 'Kigali', es: 'Kigali'}, country: {ar: 'رواندا', en: 'Rwanda', fr: 'Rwanda', es: 'Rwanda'}, start: '2015-11-02', end: '2015-11-05', verified: true, source: 'interpol.int event page "2-5 November 2015 – Kigali, Rwanda"'},
  {session: 85, year: 2016, city: {ar: 'نوسا دوا', en: 'Nusa Dua', fr: 'Nusa Dua', es: 'Nusa Dua'}, country: {ar: 'إندونيسيا', en: 'Indonesia', fr: 'Indonésie', es: 'Indonesia'}, start: '2016-11-07', end: '2016-11-10', verified: true, source: 'FACTS.md (Antara; Nusa Dua, Bali)'},
  {session: 86, year: 2017, city: beijing, country: china, start: '2017-09-26', end: '2017-09-29', verified: true, source: 'FACTS.md (from 26 Sep); People\'s Daily 29 Sep 2017: the four-day 86th session closed in Beijing on the 29th; interpol.int Arabic: "بيجين (الصين)"'},
  {session: 87, year: 2018, city: {ar: 'دبي', en: 'Dubai', fr: 'Dubaï', es: 'Dubái'}, country: {ar: 'الإمارات العربية المتحدة', en: 'United Arab Emirates', fr: 'Émirats arabes unis', es: 'Emiratos Árabes Unidos'}, start: '2018-11-18', end: '2018-11-21', verified: true, source: 'justice.gov (INTERPOL Washington): "87th INTERPOL General Assembly held November 18-21, 2018, in Dubai"'},
  {session: 88, year: 2019, city: {ar: 'سانتياغو', en: 'Santiago', fr: 'Santiago', es: 'Santiago'}, country: {ar: 'شيلي', en: 'Chile', fr: 'Chili', es: 'Chile'}, start: '2019-10-15', end: '2019-10-18', verified: true, source: 'PDI Chile, Revista Detective 176: "efectuada en Santiago entre el 15 y el 18 de octubre de 2019"; interpol.int news 18 Oct 2019'},
  {session: 89, year: 2021, city: {ar: 'إسطنبول', en: 'Istanbul', fr: 'Istanbul', es: 'Estambul'}, country: {ar: 'تركيا', en: 'Türkiye', fr: 'Türkiye', es: 'Türkiye'}, start: '2021-11-23', end: '2021-11-25', verified: true, source: 'interpol.int event page "23 – 25 November, Istanbul"; postponed from 2020 (interpol.int news 23 Oct 2020)'},
  {session: 90, year: 2022, city: newDelhi, country: india, start: '2022-10-18', end: '2022-10-21', verified: true, source: 'aseanapol.org: "held in New Delhi, India from 18-21 October 2022"; interpol.int news 21 Oct 2022'},
  {session: 91, year: 2023, city: {ar: 'فيينا', en: 'Vienna', fr: 'Vienne', es: 'Viena'}, country: {ar: 'النمسا', en: 'Austria', fr: 'Autriche', es: 'Austria'}, start: '2023-11-28', end: '2023-12-01', verified: true, source: 'rednoticemonitor.com: "met from November 28 to December 1, 2023, in Vienna"; MAP: the 91st session runs to 1 December'},
  {session: 92, year: 2024, city: {ar: 'غلاسكو', en: 'Glasgow', fr: 'Glasgow', es: 'Glasgow'}, country: {ar: 'المملكة المتحدة', en: 'United Kingdom', fr: 'Royaume-Uni', es: 'Reino Unido'}, start: '2024-11-04', end: '2024-11-07', verified: true, source: 'allafrica.com: "92e session, tenue dans la ville de Glasgow … du 4 au 7 novembre"; rednoticemonitor.com'},
  {session: 93, year: 2025, city: marrakesh, country: morocco, start: '2025-11-24', end: '2025-11-27', verified: true, source: 'reference GA-2025-93-RES-03 (مراكش (المغرب)، 24 إلى 27 تشرين الثاني/نوفمبر 2025); chilevision.cl: "Entre los días 24 y 27 de noviembre … Marrakech"'},
  // The coming session: its host is announced, its dates are not yet (no `start`/`end`).
  {session: 94, year: 2026, city: {ar: 'هونغ كونغ', en: 'Hong Kong', fr: 'Hong Kong', es: 'Hong Kong'}, country: china, verified: true, source: 'police.gov.hk Offbeat 1286: "The 94th INTERPOL General Assembly will be held in Hong Kong in 2026"; Media OutReach Newswire 5 Jan 2026 (laotiantimes.com): "Hong Kong, China will be the host city for the 94th General Assembly in 2026". Dates not yet announced (press: "in November 2026")'}
]

/** Years in the span of the table when no session was held, with why. */
export const yearsWithoutSession: ReadonlyArray<{year: number; note: string; source: string}> = [
  {year: 2020, note: 'the 89th session was postponed to 2021 (COVID-19)', source: 'interpol.int news 23 Oct 2020 "INTERPOL 2020 General Assembly postponed"'}
]

/** The built-in table. */
export const builtInSessions: SessionTable = sessionTable(sessions, yearsWithoutSession)

/** The first session in the table (61st, 1992). */
export const firstSession: GeneralAssemblySession = builtInSessions.firstSession

/** The last session in the table (94th, 2026: the coming one, its dates not yet known). */
export const lastSession: GeneralAssemblySession = builtInSessions.lastSession

/** The session with this number, or undefined when it is not in the table. */
export const sessionByNumber = builtInSessions.sessionByNumber

/** The session held in this year, or undefined (2020, or outside the table). */
export const sessionByYear = builtInSessions.sessionByYear
