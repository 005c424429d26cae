/**
 * Arabic openers by their form, on folded text (hamza forms of alef folded to
 * `ا`, `ى` to `ي`, diacritics dropped). Preamble: `إذ` / `وإذ` + imperfect
 * verb or pronoun (`وإذ تشير`, `وإذ يساورها`, `وإذ هي مقتنعة`), `وقد` + perfect
 * (`وقد نظرت`), a verbal noun + `منها` (`وإدراكا منها`, `وإيمانا منها`,
 * `ورغبة منها`), an accusative verbal noun used as an adverb (`عملا ب`,
 * `ووفقا ل`, `واستنادا إلى`) and prepositional openers (`في ضوء`).
 * Operative: the imperfect (`تقرر`, `تناشد`, `تنتخب`), led by `كما` or
 * followed by `كذلك` / `أيضا`; under a chapeau, a verbal noun of any verb
 * (`تسمية`، `نشر`، `تدريب`، `المشاركة`) or `أن` + imperfect (`أن تواصل`).
 * Sources: UN Arabic parallel texts (FACTS.md), the reference GA-2025-93-RES-03.
 */
import {type Edit, type Grammar, type Reading} from './types.js'

/** Pronouns, demonstratives and relatives: no verb. */
const none = new Set(['هذا', 'هذه', 'الذي', 'التي', 'الذين', 'هو', 'هي', 'هم', 'جميع', 'كل'])
// Folded, as the words read are (`على` → `علي`): `وعلى ضوء`, `على أساس`.
const prepositions = new Set(['في', 'وفي', 'علي', 'وعلي', 'مع', 'ومع', 'من', 'ومن', 'ازاء', 'وازاء', 'بموجب', 'وبموجب', 'بعد', 'وبعد', 'لدي', 'بناء', 'وبناء', 'نظرا', 'ونظرا', 'بالنظر', 'وبالنظر', 'حرصا', 'وحرصا'])
/**
 * Particles before a verb or a pronoun: `إذ`, `وإذ`, `وقد`, `ولما`, `وحيث`; the circumstantial `و` before its pronoun
 * (`وهي تدرك`, `وهي مقتنعة`), the concessive `ولئن` (`ولئن كانت …، فإن …`), `وبينما`, `وبما أن`. Only with `و`: an
 * item under a chapeau may open with `بما في ذلك`.
 */
const particles = new Set(['اذ', 'واذ', 'قد', 'وقد', 'لما', 'ولما', 'حيث', 'وحيث', 'وهي', 'لئن', 'ولئن', 'وبينما', 'وبما'])

const letters = /^[\u0621-\u064a]+$/

/** `تقرر`, `وتطلب`, `يساورها`; never a word ending in `ة` (a noun: `وتلبية`, `تنمية`). */
function isImperfect(value: string): boolean {
  return /^[وف]?[تي][\u0621-\u064a]{2,}$/.test(value) && !value.endsWith('ة')
}

/**
 * Whether a word has the form of a verbal noun of form II, `تفعيل` (`تشجيع`, `تعزيز`, `تعيين`): read as an imperfect
 * too, but no imperfect is so formed (`تعيد`, `تشير` are shorter), so only a guess of one.
 */
export function isTafil(value: string): boolean {
  return /^ت..ي.$/.test(value)
}

function read(words: readonly string[]): Reading[] {
  const first = words[0] ?? ''
  const second = words[1] ?? ''
  const readings: Reading[] = []
  if (!letters.test(first)) return readings
  // The conjunction set apart from its word, as a PDF's text layer or a hurried hand leaves it (`و إذ تشير`, `و تقرر`).
  if ((first === 'و' || first === 'ف') && letters.test(second)) return read([first + second, ...words.slice(2)]).map((reading) => ({...reading, words: reading.words + 1}))
  if (particles.has(first)) return second && letters.test(second) ? [{class: 'preamble', words: 2}] : []
  if (second === 'منها' && /[اة]$/.test(first)) return [{class: 'preamble', words: 2}]
  if (first === 'ان' && isImperfect(second)) return [{class: 'continuing', words: 2}]
  if (none.has(first) || first === 'ان') return [{class: 'none', words: 1}]
  if (prepositions.has(first)) readings.push({class: 'preamble', words: 1})
  else if (/^[\u0621-\u064a]{2,}ا$/.test(first)) readings.push({class: 'preamble', words: 1})
  if (first === 'كما' && isImperfect(second)) readings.push({class: 'finite', words: 2})
  else if (isImperfect(first)) readings.push(isTafil(first) ? {class: 'finite', words: 1, guess: true} : {class: 'finite', words: 1})
  if (!prepositions.has(first) && first !== 'كما') readings.push({class: 'continuing', words: 1})
  // An accusative verbal noun of a weak root ends in hamza (`واهتداءً ب`, `واقتداءً ب`, `وابتغاءً ل`): after `و`, a
  // preamble adverb too; last, so that a verbal noun opening an operative paragraph is still told as one (`وإنشاء`).
  if (/^و[\u0621-\u064a]{2,}اء$/.test(first)) readings.push({class: 'preamble', words: 1})
  // So does one in `ة`, its tanwin folded away, before what it governs (`ورغبةً في`, `ومراعاةً لما`, `وتلبيةً لنداء`,
  // `وخشيةً من`), also typed `ه` (`ومراعاه لما`); not a noun with the article (`والمنظمة`).
  else if (second && /^و[\u0621-\u064a]{2,}[ةه]$/.test(first) && !first.startsWith('وال')) readings.push({class: 'preamble', words: 1})
  // The opening said again before the last preamble paragraphs (`فإن الجمعية العامة،`, 273 (III)).
  if (first === 'فان' && second.startsWith('ال')) readings.push({class: 'preamble', words: 1})
  return readings
}

/** Letters a hurried hand writes for one another: a hamza's seat, `ة` and `ه`. */
const seats: ReadonlyArray<readonly [string, string]> = [['ؤ', 'و'], ['ئ', 'ي'], ['ء', 'ا'], ['ة', 'ه']]

function differing(written: string, known: string): [string, string] {
  for (let index = 0; index < written.length; index++) {
    if (written.charAt(index) !== known.charAt(index)) return [written.charAt(index), known.charAt(index)]
  }
  return ['', '']
}

/** Whether the letters swapped in `written` (against `known`) make a word of its own: in a word of four letters or fewer, or at a final `ي`. */
function swapMakesAWord(written: string, known: string): boolean {
  const [a] = differing(written, known)
  const at = [...written].findIndex((ch, index) => ch !== known.charAt(index))
  if (!a || at < 0) return false
  const start = written.lastIndexOf(' ', at) + 1
  const end = written.indexOf(' ', at) < 0 ? written.length : written.indexOf(' ', at)
  const word = written.slice(start, end).replace(/^[وف](?=[تي])/, '')
  return word.length <= 4 || (end - at <= 2 && /[يا]/.test(written.slice(at, at + 2)))
}

export const arabic: Grammar = {
  read,
  slip(written: string, known: string, edit: Edit, wellFormed: boolean): boolean {
    // Two letters of a three-letter root swapped make another root as often as not (`تشرح`/`ترشح`, `تسير`/`تيسر`), and a
    // final `ى` folds to `ي` (`تتبنى`/`تتبين`): in a word of the right form, only a swap in a longer word is a slip.
    if (edit === 'transposition') return !wellFormed || !swapMakesAWord(written, known)
    if (edit === 'substitution') {
      const [a, b] = differing(written, known)
      return !wellFormed || seats.some(([x, y]) => (a === x && b === y) || (a === y && b === x))
    }
    const [long, short] = written.length > known.length ? [written, known] : [known, written]
    // An alef after a final waw belongs to plurals only (`تدعوا` for `تدعو`).
    if (long.endsWith('وا') && long.slice(0, -1) === short) return true
    // A letter typed twice, but not the `تت` of an imperfect of form V or VI (`وإذ تتذكر` is a word of its own).
    for (let index = 0; index < long.length; index++) {
      if (long.charAt(index) !== short.charAt(index)) {
        const doubled = long.charAt(index) === long.charAt(index - 1) || long.charAt(index) === long.charAt(index + 1)
        const prefix = long.charAt(index) === 'ت' && /(?:^| )و?تت/.test(long.slice(Math.max(0, index - 3), index + 2))
        // A doubled letter left out of a word of the right form is a verb of a doubled root, written without its shadda
        // (`تمد` beside `تمدد`, `تجد` beside `تجدد`, `تخص` beside `تخصص`); one typed twice is still a slip.
        const dropped = long === known
        return (doubled && !prefix && !(dropped && wellFormed)) || (!wellFormed && known.length >= 4)
      }
    }
    return false
  },
  chapeauEndings: ['الي', 'ب', 'علي', 'ما يلي'],
  chapeauClauses: ['ان', 'علي النحو التالي', 'كما يلي'],
  formNames: 'arabic'
}
