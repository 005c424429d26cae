/**
 * The masthead of a new UN resolution, written from its file name
 * (`A-RES-80-5.en.txt` → `A/RES/80/5`), else the session of today: the symbol,
 * the distribution line and date, the session line, the agenda item, the
 * `Resolution adopted by the General Assembly on …` line, the committee line,
 * the title line and the opening. `{{…}}` are the fields the drafter fills in
 * (completion makes them snippet fields). Wording as in the adopted texts
 * (A/RES/76/268 fr, 61/266 es, the 80th session en, UN Arabic drafts).
 */
import {formatDate} from '../../core/facts/dates.js'
import type {Language} from '../../languages/index.js'
import type {MastheadDraft} from '../types.js'
import {unSessionOfDate} from './pairs.js'
import {sessionLine} from './sessions.js'

interface Words {
  organ: string
  assembly: string
  distribution: string
  agenda: string
  adopted: string
  committee: string
  /** Between the title number and the title: `80/5. Title`, Arabic `80/5 - العنوان`. */
  titleSeparator: string
  title: string
  opening: string
}

const words: Partial<Record<Language, Words>> = {
  en: {organ: 'United Nations', assembly: 'General Assembly', distribution: 'Distr.: General', agenda: 'Agenda item {{…}}', adopted: 'Resolution adopted by the General Assembly on', committee: '[without reference to a Main Committee ({{A/S/L.…}})]', titleSeparator: '. ', title: 'Title', opening: 'The General Assembly,'},
  fr: {organ: 'Nations Unies', assembly: 'Assemblée générale', distribution: 'Distr. générale', agenda: 'Point {{…}} de l’ordre du jour', adopted: 'Résolution adoptée par l’Assemblée générale le', committee: '[sans renvoi à une grande commission ({{A/S/L.…}})]', titleSeparator: '. ', title: 'Titre', opening: 'L’Assemblée générale,'},
  es: {organ: 'Naciones Unidas', assembly: 'Asamblea General', distribution: 'Distr. general', agenda: 'Tema {{…}} del programa', adopted: 'Resolución aprobada por la Asamblea General el', committee: '[sin remisión previa a una Comisión Principal ({{A/S/L.…}})]', titleSeparator: '. ', title: 'Título', opening: 'La Asamblea General,'},
  ar: {organ: 'الأمم المتحدة', assembly: 'الجمعية العامة', distribution: 'التوزيع: عام', agenda: 'البند {{…}} من جدول الأعمال', adopted: 'قرار اتخذته الجمعية العامة في', committee: '[دون الإحالة إلى لجنة رئيسية ({{A/S/L.…}})]', titleSeparator: ' - ', title: 'العنوان', opening: 'إن الجمعية العامة،'}
}

/** The symbol a file name gives (`A-RES-80-5.en.txt`, `A_RES_80_5.md`). */
export function symbolOfName(name: string): {session: number; number: number} | undefined {
  const match = /^A[-_]RES[-_](\d{1,3})[-_](\d{1,4})(?=[.\-_ ]|$)/i.exec(name.split(/[\\/]/).pop() ?? '')
  return match ? {session: Number(match[1]), number: Number(match[2])} : undefined
}

export const mastheadDraft: MastheadDraft = (language, fileName, today) => {
  const row = words[language]
  if (!row) return undefined
  const symbol = fileName ? symbolOfName(fileName) : undefined
  // The session in progress today, by its opening day (`pairs.ts`).
  const session = symbol?.session ?? unSessionOfDate(today.toISOString().slice(0, 10))!
  const number = symbol ? String(symbol.number) : '{{1}}'
  const date = formatDate(today.toISOString().slice(0, 10), language) ?? '…'
  const symbolText = `A/RES/${session}/${number}`
  const lines = [
    `${row.organ.padEnd(64)}${symbolText}`,
    `${row.assembly.padEnd(49)}${row.distribution}\n${' '.repeat(49)}{{${date}}}`,
    `${sessionLine(session, language) ?? '{{…}}'}\n${row.agenda}`,
    `${row.adopted} {{${date}}}`,
    row.committee.replace('A/S/', `A/${session}/`),
    `${session}/${number}${row.titleSeparator}{{${row.title}}}`,
    row.opening
  ]
  return {symbol: symbol ? `A/RES/${symbol.session}/${symbol.number}` : `A/RES/${session}/…`, draft: lines.join('\n\n') + '\n'}
}
