/**
 * The opening formula of a resolution ("The General Assembly, meeting in …
 * at its Nth session:") for a session, in each language, from the sessions table.
 *
 * Wording:
 * - ar: the reference GA-2025-93-RES-03.
 * - en: FACTS.md, "Wording seen" (`The ICPO-Interpol General Assembly, meeting
 *   in Seoul from 8th to 12th November 1999 at its 68th session:`), modern
 *   capitalization `ICPO-INTERPOL`, city and country as on interpol.int.
 * - fr: AGN/69/RES/2 (`L'Assemblée générale de l'O.I.P.C.-Interpol, réunie en
 *   sa 69ème session à Rhodes, du 30 octobre au 4 novembre 2000,`) in modern
 *   spelling: `OIPC-INTERPOL`, ordinal `93e`, country in parentheses.
 * - es: INTERPOL's Spanish names a session `reunión` and writes the ordinal
 *   `25ª reunión` (Estatuto y Reglamento General, Vade Mecum; interpol.int/es:
 *   "la 2ª reunión de la Asamblea General celebrada en Berlín (Alemania)"),
 *   so `93ª` rather than the RAE's `93.ª`. No adopted Spanish or modern
 *   French opening was found to check the rest of the wording against.
 */
import {hostPlace, languageData, sessionOrdinal, type Language} from '../../languages/index.js'
import {formatDay, formatDayMonth, parseIso, yearSeparator} from '../../core/facts/dates.js'
import {builtInSessions, type GeneralAssemblySession, type SessionTable} from './sessions.js'

/** Templates; `{place}`, `{dates}` and `{ordinal}` are filled from the sessions table. */
export const openingTemplates: Record<Language, string> = {
  ar: 'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها {ordinal} في {place} {dates}،',
  en: 'The ICPO-INTERPOL General Assembly, meeting in {place} {dates} at its {ordinal} session:',
  fr: "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa {ordinal} session à {place} {dates},",
  es: 'La Asamblea General de la OIPC-INTERPOL, reunida en su {ordinal} reunión en {place} {dates},'
}


/** The opening formula of a session, or undefined when its city or dates are unknown. */
export function openingFormula(session: number, language: Language, table: SessionTable = builtInSessions): string | undefined {
  const row = table.sessionByNumber(session)
  if (!row || !row.start || !row.end) return undefined
  const where = place(row, language)
  const dates = sessionDates(row.start, row.end, language)
  if (!where || !dates) return undefined
  let formula = openingTemplates[language]
    .replace('{ordinal}', sessionOrdinal(session, language))
    .replace('{place}', where)
    .replace('{dates}', dates)
  for (const [from, to] of languageData(language).contractions) formula = formula.replace(from, to)
  return formula
}

/** What stands for a fact not yet known, in a draft: the drafter fills it in (and `placeholder` reports it if not). */
export const factPlaceholders: Record<Language, {place: string; dates: string; subject: string}> = {
  ar: {place: '[المدينة (البلد)]', dates: '[التواريخ]', subject: '[الموضوع]'},
  en: {place: '[city, country]', dates: '[dates]', subject: '[subject]'},
  fr: {place: '[ville (pays)]', dates: '[dates]', subject: '[objet]'},
  es: {place: '[ciudad (país)]', dates: '[fechas]', subject: '[asunto]'}
}

/**
 * The opening formula of a session for a draft, whatever the table knows of it:
 * each fact not (yet) known — the coming session's city or dates — is a field
 * `{{placeholder}}` for a snippet to turn into a tab stop (`{{[dates]}}`).
 */
export function openingDraft(session: number, language: Language, row: GeneralAssemblySession | undefined = builtInSessions.sessionByNumber(session)): string {
  const field = (text: string) => `{{${text}}}`
  const dates = row?.start && row.end ? sessionDates(row.start, row.end, language) : undefined
  let formula = openingTemplates[language]
    .replace('{ordinal}', sessionOrdinal(session, language))
    .replace('{place}', (row && place(row, language)) ?? field(factPlaceholders[language].place))
    .replace('{dates}', dates ?? field(factPlaceholders[language].dates))
  for (const [from, to] of languageData(language).contractions) formula = formula.replace(from, to)
  return formula
}

/** The host as written in an opening (`Marrakesh, Morocco,`, `Marrakech (Maroc)`, `Singapore`), or undefined while its names in `language` are not known. */
function place(row: GeneralAssemblySession, language: Language): string | undefined {
  const city = row.city?.[language]
  const country = row.country?.[language]
  return city && country ? hostPlace(city, country, language, 'inSentence') : undefined
}

/** `from 24 to 27 November 2025`, `du 28 novembre au 1er décembre 2023`, … */
function sessionDates(startIso: string, endIso: string, language: Language): string | undefined {
  const start = parseIso(startIso)
  const end = parseIso(endIso)
  if (!start || !end) return undefined
  const templates = languageData(language).dates.range
  const endText = `${formatDayMonth(end.day, end.month, language)}${yearSeparator(language)}${end.year}`
  if (startIso === endIso) return templates.single.replace('{end}', endText)
  let startText = formatDay(start.day, language)
  if (start.month !== end.month || start.year !== end.year) startText = formatDayMonth(start.day, start.month, language)
  if (start.year !== end.year) startText += `${yearSeparator(language)}${start.year}`
  return templates.range.replace('{start}', startText).replace('{end}', endText)
}
