/** English, as INTERPOL's English resolutions write it (FACTS.md, "Wording seen"). */
import {latinOrdinal, latinPartLetters, latinPunctuation} from './latin.js'
import type {LanguageData} from './types.js'
import {words} from './numbers.js'
import {english} from './grammar/en.js'

export const en: LanguageData = {
  code: 'en',
  name: 'English',
  script: 'Latin',
  direction: 'ltr',
  nativeDigits: undefined,
  punctuation: latinPunctuation,
  dates: {
    pattern: {ordinal: '(?:st|nd|rd|th)?', dayMonth: ' ', year: ',? ', range: ' ?- ?| to | until | till | and '},
    months: {
      kind: 'single',
      names: [['January'], ['February'], ['March'], ['April'], ['May'], ['June'], ['July'], ['August'], ['September'], ['October'], ['November'], ['December']]
    },
    firstDay: undefined,
    dayMonth: ' ',
    monthYear: ' ',
    range: {range: 'from {start} to {end}', single: 'on {end}', span: 'from {start} to {end}'}
  },
  citations: {
    resolutionWords: /^resolutions?$/,
    listSeparators: new Set(['', 'and', 'or', 'as well as']),
    otherBodies: {words: ['council', 'commission', 'committee', 'board'], after: ['of the', 'adopted by the']},
    dateConnectors: ['of', 'dated', 'adopted on', 'on'],
    rangeStarts: {from: ['from'], between: ['between']},
    conjunctions: ['and'],
    partRanges: ['to']
  },
  annexLabels: ['Annex', 'Appendix'],
  unanimity: ['unanimously', 'by consensus', 'without a vote', 'by acclamation'],
  partLetters: latinPartLetters,
  questions: {
    words: new Set(['what', 'which', 'how', 'who', 'whom', 'whose', 'when', 'where', 'why', 'whether', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'shall', 'will', 'may', 'has', 'have']),
    prepositions: new Set(['to', 'in', 'by', 'for', 'from', 'under', 'with', 'at', 'on', 'of', 'into', 'through', 'since', 'until', 'upon', 'within', 'against', 'after', 'before', 'between', 'among']),
    afterPreposition: new Set(['what', 'which', 'whom', 'whose', 'how', 'when', 'where'])
  },
  ordinals: {read: latinOrdinal, write: (n) => `${n}${suffix(n)}`, accepted: () => []},
  place: {alone: '{city}, {country}', inSentence: '{city}, {country},'},
  contractions: [],
  articleContractions: {},
  detection: new Set(['the', 'of', 'and', 'to', 'its', 'in', 'with', 'for', 'on', 'that', 'by', 'member', 'countries', 'meeting']),
  // The highlighter's preamble words (TextMate grammar).
  highlight: {
    participleEndings: ['ing'],
    notParticiples: ['during', 'pending', 'according', 'notwithstanding', 'nothing', 'something', 'king'],
    participleLeads: ['further', 'also'],
    participleElisions: [],
    preambleWords: ['deeply concerned', 'gravely concerned', 'conscious', 'aware', 'mindful', 'convinced', 'determined', 'concerned', 'alarmed', 'guided by', 'in the light of', 'in light of', 'desirous', 'whereas'],
    preambleContinuations: ['in mind', 'into account', 'into consideration', 'note', 'with satisfaction', 'with concern', 'with deep concern', 'with appreciation', 'its appreciation']
  },
  modifiers: {also: ['also'], further: ['further', 'furthermore'], finally: ['finally']},
  modifierFirst: true,
  openerParticles: new Set(),
  preambleParticles: new Set(),
  openerPrepositions: new Set(),
  articleWords: new Set(['article', 'articles']),
  // Finite verbs end in `s`.
  continuesChapeau: (word) => !word.endsWith('s'),
  numberWords: {
    values: words(
      'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
      {20: 'twenty', 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety'},
      'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth',
      {20: 'twentieth', 30: 'thirtieth', 40: 'fortieth', 50: 'fiftieth', 60: 'sixtieth', 70: 'seventieth', 80: 'eightieth', 90: 'ninetieth', 100: 'hundredth'}
    ),
    scales: {hundred: 100, thousand: 1000, million: 1e6, billion: 1e9},
    joiners: ['and'],
    compoundOnly: ['one'],
    prefixes: []
  },
  grammar: english,
  pairEitherOrder: false,
  descriptiveMention: ['pursuant to', 'in accordance with', 'under', 'established by', 'as set out in', 'referred to in', 'in implementation of', 'in line with', 'adopted under']
}

function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th'
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'
}
