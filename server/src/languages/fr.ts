/** French: `1er avril 2011`, the ordinal `93e`, a space before `;` `:` `?` `!` (`Objet :`, `saisis ;`). */
import {latinOrdinal, latinPartLetters, latinPunctuation} from './latin.js'
import type {LanguageData} from './types.js'
import {words} from './numbers.js'
import {french} from './grammar/fr.js'

export const fr: LanguageData = {
  code: 'fr',
  name: 'French',
  script: 'Latin',
  direction: 'ltr',
  nativeDigits: undefined,
  punctuation: {...latinPunctuation, labelColon: ' :', beforeColon: ['', ' ', '\u00a0', '\u202f'], spacedMarks: ';:?!'},
  dates: {
    pattern: {ordinal: '(?:er)?', dayMonth: ' ', year: ' ', range: ' ?- ?| au | et le | et '},
    months: {
      kind: 'single',
      names: [['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']]
    },
    firstDay: '1er',
    dayMonth: ' ',
    monthYear: ' ',
    range: {range: 'du {start} au {end}', single: 'le {end}', span: 'du {start} au {end}'}
  },
  citations: {
    resolutionWords: /^resolutions?$/,
    listSeparators: new Set(['', 'et', 'ou', 'ainsi que']),
    otherBodies: {words: ['conseil', 'commission', 'comite'], after: ['du', 'de la', 'adoptee par le', 'adoptee par la']},
    dateConnectors: ['du', 'en date du', 'adoptee le', 'le'],
    rangeStarts: {from: ['du'], between: ['entre le', 'entre']},
    conjunctions: ['et', 'et le'],
    partRanges: ['à']
  },
  annexLabels: ['Annexe', 'Appendice'],
  unanimity: ["à l'unanimité", 'à l’unanimité', 'par consensus', 'sans vote', 'sans mise aux voix', 'par acclamation'],
  partLetters: latinPartLetters,
  questions: {
    words: new Set(['quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'comment', 'pourquoi', 'quand', 'qui', 'quoi', 'combien', "qu'est-ce", 'est-ce']),
    prepositions: new Set(['dans', 'de', 'à', 'en', 'par', 'pour', 'sur', 'sous', 'avec', 'depuis', "jusqu'à", 'selon', "d'après", 'vers', 'contre', 'entre', 'parmi', 'après', 'avant', 'envers']),
    afterPreposition: new Set(['quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'qui', 'quoi', 'combien', 'quand'])
  },
  ordinals: {read: latinOrdinal, write: (n) => `${n}e`, accepted: (n) => [`${n}ème`, `${n}eme`]},
  place: {alone: '{city} ({country})', inSentence: '{city} ({country})'},
  // `à` contracts with a city's article: `au Caire`, `aux Abymes`.
  contractions: [
    ['à Le ', 'au '],
    ['à Les ', 'aux ']
  ],
  articleContractions: {a: ['au', 'aux'], de: ['du', 'des']},
  detection: new Set(['le', 'les', 'des', 'du', 'et', 'à', 'au', 'aux', 'sa', 'ses', 'une', 'dans', 'sur', 'pour', 'réunie', "l'assemblée"]),
  // The highlighter's preamble words (TextMate grammar).
  highlight: {
    participleEndings: ['ant'],
    notParticiples: ['avant', 'pendant', 'durant', 'cependant', 'maintenant', 'quant', 'tant', 'néanmoins'],
    participleLeads: ['se'],
    participleElisions: ['s'],
    preambleWords: ['profondément préoccupée', 'vivement préoccupée', 'consciente', 'conscient', 'convaincue', 'convaincu', 'déterminée', 'résolue', 'préoccupée', 'guidée par', 'à la lumière de', 'compte tenu de', 'vu', 'désireuse', 'persuadée', 'soucieuse', 'alarmée'],
    preambleContinuations: ["à l'esprit", 'à l’esprit', 'pris connaissance', 'compte', 'note', 'en considération', 'avec satisfaction', 'avec préoccupation', 'acte']
  },
  modifiers: {also: ['également', 'aussi'], further: ['en outre', 'de plus'], finally: ['enfin', 'finalement']},
  modifierFirst: true,
  openerParticles: new Set(),
  preambleParticles: new Set(),
  openerPrepositions: new Set(),
  articleWords: new Set(['article', 'articles']),
  // Infinitives end in `-er`, `-ir`, `-oir`, `-re` after d, t, v, ui or ri.
  continuesChapeau: (word) => /(?:er|ir|oir|[dtv]re|uire|rire)$/.test(word),
  numberWords: {
    values: words(
      'zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize',
      {1: 'une', 20: 'vingt', 30: 'trente', 40: 'quarante', 50: 'cinquante', 60: 'soixante', 70: 'soixante-dix', 80: 'quatre-vingt quatre-vingts', 90: 'quatre-vingt-dix'},
      'premier deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième treizième quatorzième quinzième seizième',
      {1: 'première unième', 2: 'second seconde', 20: 'vingtième', 30: 'trentième', 40: 'quarantième', 50: 'cinquantième', 60: 'soixantième', 70: 'soixante-dixième', 80: 'quatre-vingtième', 90: 'quatre-vingt-dixième', 100: 'centième'}
    ),
    scales: {cent: 100, cents: 100, mille: 1000, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9},
    joiners: ['et'],
    compoundOnly: ['un', 'une'],
    prefixes: []
  },
  grammar: french,
  pairEitherOrder: false,
  descriptiveMention: ['conformement a', 'en application de', 'en vertu de', 'en execution de', 'vise dans', 'visee dans', 'cree par', 'creee par', 'au titre de']
}
