/**
 * Arabic, as the reference resolution GA-2025-93-RES-03 and UN Arabic write it.
 *
 * Months pair the Levantine name with the international one, Levantine first
 * (`تشرين الثاني/نوفمبر`); UN Arabic spells June and July يونيه/يوليه, and
 * يونيو/يوليو also occur (FACTS.md, "Dates"). Opener particles: ref (`وإذ`).
 */
import {foldForMatch} from '../core/normalize.js'
import type {LanguageData} from './types.js'
import {words} from './numbers.js'
import {arabic, isTafil} from './grammar/ar.js'

export const ar: LanguageData = {
  code: 'ar',
  name: 'Arabic',
  script: 'Arabic',
  direction: 'rtl',
  nativeDigits: 'arabicIndic',
  punctuation: {comma: '،', semicolon: '؛', question: '؟', labelColon: ':', beforeColon: [''], listSeparator: '، ', spacedMarks: ''},
  dates: {
    // After a range's first year (folded): ` م` (ميلادي), and the Hijri date in parentheses or after `الموافق`, as texts
    // giving both calendars write it (`… 1394 هـ. الموافق من 22 الى 24 فبراير 1974 م.`, OIC resolutions on moqatel.com);
    // before the last day, the Hijri date and a slash (`… إلى 6 جمادى الآخرة 1447 هـ/27 …`).
    pattern: {ordinal: '', dayMonth: ' ', year: ' ', range: ' ?- ?| الي | حتي | و ?', aside: '(?: ?م)?(?: ?\\(\\d{1,2} [\\u0621-\\u064a ]{2,20} \\d{4} ?ه\\)| ?،? ?الموافق \\d{1,2} [\\u0621-\\u064a ]{2,20} \\d{4} ?ه)?', before: '(?:\\d{1,2} [\\u0621-\\u064a ]{2,20} \\d{4} ?ه ?/ ?)?'},
    months: {
      kind: 'paired',
      pairs: [
        {levantine: ['كانون الثاني'], international: ['يناير']},
        {levantine: ['شباط'], international: ['فبراير']},
        {levantine: ['آذار'], international: ['مارس']},
        {levantine: ['نيسان'], international: ['أبريل', 'إبريل']},
        {levantine: ['أيار'], international: ['مايو']},
        {levantine: ['حزيران'], international: ['يونيه', 'يونيو']},
        {levantine: ['تموز'], international: ['يوليه', 'يوليو']},
        {levantine: ['آب'], international: ['أغسطس']},
        {levantine: ['أيلول'], international: ['سبتمبر']},
        {levantine: ['تشرين الأول'], international: ['أكتوبر']},
        {levantine: ['تشرين الثاني'], international: ['نوفمبر']},
        {levantine: ['كانون الأول'], international: ['ديسمبر']}
      ]
    },
    firstDay: undefined,
    dayMonth: ' ',
    monthYear: ' ',
    range: {range: 'في الفترة من {start} إلى {end}', single: 'في {end}', span: 'من {start} إلى {end}'},
    // The Hijri months, first form canonical, as Arab governments and the OIC write them (`ربيع الآخر` or `الثاني`,
    // `جمادى الآخرة` or `الثانية`, `ذو`/`ذي الحجة`), and the taa marbuta written as `ه`.
    hijri: {
      months: [
        ['محرم', 'المحرم'],
        ['صفر'],
        ['ربيع الأول'],
        ['ربيع الآخر', 'ربيع الثاني', 'ربيع الآخرة'],
        ['جمادى الأولى', 'جمادى الأول'],
        ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الآخره', 'جمادى الثانيه'],
        ['رجب'],
        ['شعبان'],
        ['رمضان'],
        ['شوال'],
        ['ذو القعدة', 'ذي القعدة', 'ذو القعده', 'ذي القعده'],
        ['ذو الحجة', 'ذي الحجة', 'ذو الحجه', 'ذي الحجه']
      ],
      // `، الموافق `, ` (الموافق `, ` (`, ` م (`, `، الموافق ل`.
      between: '(?: ?م)?(?: ?[،,] ?| ?\\( ?| )(?:الموافق ?(?:ل ?)?)?(?:من )?',
      range: ' ?- ?| الي | حتي ',
      era: ' ?ه(?![\\p{L}])',
      // Written first, as the OIC and Arab governments date (`27 ربيع الأول 1424هـ، الموافق 28 مايو 2003م`), or before
      // the Gregorian date in parentheses (`1424 هـ (28 مايو 2003م)`).
      before: ' ?[،,]? ?الموافق ?(?:ل ?)?(?:من )?| ?\\( ?(?:الموافق ?(?:ل ?)?)?'
    }
  },
  citations: {
    resolutionWords: /^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?قرار(?:ها|ه|ات|اتها|اته|ين|يها|يه|ي)?$/,
    listSeparators: new Set(['', 'و', 'وكذلك', 'او']),
    otherBodies: {words: ['مجلس', 'لمجلس', 'لجنة', 'للجنة'], after: ['']},
    dateConnectors: ['المؤرخ في', 'المؤرخة في', 'المؤرخه في', 'المؤرخ', 'المؤرخة', 'الصادر في', 'الصادرة في', 'الصادره في', 'المعتمد في', 'المعتمدة في', 'المعتمده في', 'المتخذ في', 'المتخذة في', 'بتاريخ', 'في'],
    rangeStarts: {from: ['من'], between: ['بين']},
    conjunctions: ['و'],
    partRanges: ['إلى']
  },
  annexLabels: ['مرفق', 'المرفق', 'ملحق', 'الملحق'],
  unanimity: ['بالإجماع', 'بتوافق الآراء', 'دون تصويت', 'بدون تصويت', 'بالتزكية'],
  // Not `من` nor `أي`: they open as many phrases as questions.
  questions: {
    words: new Set(['ما', 'ماذا', 'كيف', 'هل', 'متى', 'أين', 'لماذا', 'كم']),
    // `إلى أي مدى`, `على أي أساس`, `إلى متى`; not `في ما يتعلق` (`ما` after a preposition is no question).
    prepositions: new Set(['إلى', 'في', 'على', 'من', 'عن', 'حتى', 'مع']),
    afterPreposition: new Set(['أي', 'متى', 'كم', 'ماذا']),
    // `بأي وسيلة …؟`, `لأي غرض …؟`, `بكم …؟`: the one-letter prepositions are written joined to the interrogative.
    glued: new Set(['ب', 'ل'])
  },
  // UN Arabic heads the parts of a resolution `أولا`, `ثانيا` (also with tanwin, `أولاً`: folded away), where English has `I`, `II`.
  partNumbers: ['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا', 'حادي عشر', 'ثاني عشر', 'ثالث عشر', 'رابع عشر', 'خامس عشر', 'سادس عشر', 'سابع عشر', 'ثامن عشر', 'تاسع عشر', 'عشرون'],
  // The letters of lettered parts, named in abjad order (`أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ`): UN Arabic writes
  // A/RES/40/152 O as `40/152 سين` and 41/86 Q as `41/86 فاء`.
  partLetters: ['ألف', 'باء', 'جيم', 'دال', 'هاء', 'واو', 'زاي', 'حاء', 'طاء', 'ياء', 'كاف', 'لام', 'ميم', 'نون', 'سين', 'عين', 'فاء', 'صاد', 'قاف', 'راء', 'شين', 'تاء', 'ثاء', 'خاء', 'ذال', 'ضاد', 'ظاء', 'غين'],
  ordinals: {
    // `الـ 93`, `ال93`, `دورتها 93` (folded: the tatweel is gone).
    read: /(?<!\p{L})(?:ال ?|دورتها |دورته )(\d{1,3})(?!\d)/gu,
    write: (n) => `الـ ${n}`
  },
  place: {alone: '{city} ({country})', inSentence: '{city} ({country})'},
  contractions: [],
  articleContractions: {},
  detection: new Set(),
  // Arabic lines are one token in the grammar: no words of its own.
  highlight: {participleEndings: [], notParticiples: [], participleLeads: [], participleElisions: [], preambleWords: [], preambleContinuations: []},
  modifiers: {also: ['أيضا', 'أيضاً'], further: ['كذلك', 'علاوة على ذلك'], finally: ['أخيرا', 'أخيراً']},
  modifierFirst: false,
  openerParticles: new Set(['اذ', 'واذ', 'وقد', 'وان', 'ولما']),
  preambleParticles: new Set(['اذ', 'واذ']),
  openerPrepositions: new Set(['على', 'إلى', 'في', 'عن', 'ب', 'من', 'مع'].map(foldForMatch)),
  articleWords: new Set(['المادة', 'المادتين', 'المادتان', 'المواد', 'مادة', 'للمادة', 'بالمادة'].map(foldForMatch)),
  // Finite verbs are third-person feminine imperfects (`ت…`); verbal nouns start otherwise or follow `تفعيل` (`تشجيع`, `تعزيز`).
  continuesChapeau: (word) => !word.startsWith('ت') || isTafil(word),
  numberWords: {
    values: words(
      'صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة',
      {
        1: 'واحدة أحد إحدى حادي', 2: 'اثنين اثنتان اثنتين اثنا اثنتا', 3: 'ثلاث', 4: 'أربع', 5: 'خمس', 6: 'ست', 7: 'سبع', 8: 'ثماني ثمان', 9: 'تسع', 10: 'عشر',
        20: 'عشرون عشرين', 30: 'ثلاثون ثلاثين', 40: 'أربعون أربعين', 50: 'خمسون خمسين', 60: 'ستون ستين', 70: 'سبعون سبعين', 80: 'ثمانون ثمانين', 90: 'تسعون تسعين',
        200: 'مائتان مائتين مائتي مئتان مئتين مئتي', 300: 'ثلاثمائة ثلاثمئة', 400: 'أربعمائة أربعمئة', 500: 'خمسمائة خمسمئة', 600: 'ستمائة ستمئة', 700: 'سبعمائة سبعمئة', 800: 'ثمانمائة ثمانمئة', 900: 'تسعمائة تسعمئة'
      },
      'أول ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر',
      {1: 'أولى حادية', 2: 'ثانية', 3: 'ثالثة', 4: 'رابعة', 5: 'خامسة', 6: 'سادسة', 7: 'سابعة', 8: 'ثامنة', 9: 'تاسعة', 10: 'عاشرة'}
    ),
    scales: {مائة: 100, مئة: 100, ألف: 1000, آلاف: 1000, مليون: 1e6, ملايين: 1e6},
    joiners: [],
    compoundOnly: ['أحد', 'إحدى'],
    // `وعشرين`, `بثلاثة`, `الرابعة`, `والتسعين`.
    prefixes: ['وال', 'بال', 'فال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف']
  },
  grammar: arabic,
  pairEitherOrder: true,
  descriptiveMention: ['عملا ب', 'وفقا ل', 'بموجب', 'المنشأ', 'المنشأة', 'المشار إليه', 'المشار إليها', 'تنفيذا ل'].map(foldForMatch)
}
