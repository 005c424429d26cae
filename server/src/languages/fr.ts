/** French: `1er avril 2011`, the ordinal `93e`, a space before `;` `:` `?` `!` (`Objet :`, `saisis ;`). */
import {latinOrdinal, latinPunctuation} from './latin.js'
import type {LanguageData} from './types.js'
import {french} from './grammar/fr.js'

export const fr: LanguageData = {
  code: 'fr',
  name: 'French',
  script: 'Latin',
  direction: 'ltr',
  nativeDigits: undefined,
  punctuation: {...latinPunctuation, labelColon: ' :', beforeColon: ['', ' ', '\u00a0', '\u202f'], spacedMarks: ';:?!'},
  dates: {
    months: {
      kind: 'single',
      names: [['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']]
    },
    firstDay: '1er',
    dayMonth: ' ',
    monthYear: ' ',
    range: {range: 'du {start} au {end}', single: 'le {end}', span: 'du {start} au {end}'}
  },
  ordinals: {read: latinOrdinal, write: (n) => `${n}e`, accepted: (n) => [`${n}ème`, `${n}eme`]},
  place: {alone: '{city} ({country})', inSentence: '{city} ({country})'},
  // `à` contracts with a city's article: `au Caire`, `aux Abymes`.
  contractions: [
    ['à Le ', 'au '],
    ['à Les ', 'aux ']
  ],
  detection: new Set(['le', 'les', 'des', 'du', 'et', 'à', 'au', 'aux', 'sa', 'ses', 'une', 'dans', 'sur', 'pour', 'réunie', "l'assemblée"]),
  modifiers: {also: ['également', 'aussi'], further: ['en outre', 'de plus'], finally: ['enfin', 'finalement']},
  modifierFirst: true,
  openerParticles: new Set(),
  preambleParticles: new Set(),
  openerPrepositions: new Set(),
  articleWords: new Set(['article', 'articles']),
  // Infinitives end in `-er`, `-ir`, `-oir`, `-re` after d, t, v, ui or ri.
  continuesChapeau: (word) => /(?:er|ir|oir|[dtv]re|uire|rire)$/.test(word),
  grammar: french,
  unPairEitherOrder: false,
  descriptiveMention: ['conformement a', 'en application de', 'en vertu de', 'en execution de', 'vise dans', 'visee dans', 'cree par', 'creee par', 'au titre de']
}
