import assert from 'node:assert/strict'
import {describe, it} from 'mocha'
import {languages} from '../server/src/core/tree.js'
import {
  checkArabicMonthPair,
  formatDate,
  formatDateRange,
  isValidDate,
  monthForms,
  monthName,
  monthOf,
  toIso
} from '../server/src/core/facts/dates.js'
import {ar} from '../server/src/languages/ar.js'
import {profiles} from '../server/src/profiles/index.js'
import {
  describeIdentifier,
  expectedForm,
  formatIdentifier,
  identifierEras,
  nextIdentifier,
  parseInterpolIdentifier
} from '../server/src/profiles/interpol-ga/identifiers.js'
import {memberCounts, membersInYear} from '../server/src/profiles/interpol-ga/members.js'
import {openingFormula} from '../server/src/profiles/interpol-ga/openings.js'
import {sessionOrdinal} from '../server/src/languages/index.js'
import {firstSession, lastSession, sessionByNumber, sessionByYear, sessions, yearsWithoutSession} from '../server/src/profiles/interpol-ga/sessions.js'
import {
  bestReading,
  dateFitsUnSession,
  readUnCitation,
  unInterpolResolutions,
  unResolution,
  unSessionOfDate,
  unSessionOpening
} from '../server/src/profiles/un-ga/pairs.js'

const parse = (text: string) => {
  const id = parseInterpolIdentifier(text)
  assert.ok(id, `expected \`${text}\` to parse`)
  return id
}

/** An identifier's problems as English text (without the message each face says in its locale). */
function englishProblems(description: {problems: ReadonlyArray<{said: unknown}>}): unknown[] {
  return description.problems.map(({said: _said, ...problem}) => problem)
}

describe('facts: sessions', () => {
  it('runs from the 61st (1992) to the coming 94th (2026), whose host is known and dates are not', () => {
    assert.equal(firstSession.session, 61)
    assert.equal(firstSession.year, 1992)
    assert.equal(lastSession.session, 94)
    assert.equal(lastSession.year, 2026)
    assert.deepEqual([lastSession.city?.en, lastSession.country?.en, lastSession.start, lastSession.end], ['Hong Kong', 'China', undefined, undefined])
  })

  it('has no gap in session numbers and increasing years', () => {
    for (let index = 1; index < sessions.length; index++) {
      assert.equal(sessions[index]!.session, sessions[index - 1]!.session + 1, `after session ${sessions[index - 1]!.session}`)
      assert.ok(sessions[index]!.year > sessions[index - 1]!.year, `year of session ${sessions[index]!.session}`)
    }
  })

  it('has one session a year except 2020', () => {
    for (let year = firstSession.year; year <= lastSession.year; year++) {
      if (year === 2020) assert.equal(sessionByYear(2020), undefined)
      else assert.equal(sessionByYear(year)?.year, year, String(year))
    }
    assert.deepEqual(yearsWithoutSession.map((entry) => entry.year), [2020])
    assert.equal(sessionByYear(2019)?.session, 88)
    assert.equal(sessionByYear(2021)?.session, 89)
  })

  it('gives every row a source, and says why an unverified one is unverified', () => {
    for (const row of sessions) {
      assert.ok(row.source.length > 10, `source of session ${row.session}`)
      if (row.city === undefined) {
        assert.equal(row.verified, false, `session ${row.session}`)
        assert.match(row.source, /UNVERIFIED/)
      }
    }
  })

  it('keeps sessions 62 and 63 with unknown city; the 64th was in Beijing (1995), its dates unknown', () => {
    assert.deepEqual([sessionByNumber(64)?.year, sessionByNumber(64)?.city?.en, sessionByNumber(64)?.start], [1995, 'Beijing', undefined])
    for (const [session, year] of [[62, 1993], [63, 1994]] as const) {
      const row = sessionByNumber(session)
      assert.equal(row?.year, year)
      assert.equal(row?.city, undefined)
      assert.equal(row?.verified, false)
    }
  })

  it('names city and country in the four languages, with valid ordered dates', () => {
    for (const row of sessions) {
      if (row.city) for (const language of languages) {
        assert.ok(row.city[language], `${language} city of ${row.session}`)
        assert.ok(row.country?.[language], `${language} country of ${row.session}`)
      }
      if (row.start) assert.equal(row.start.slice(0, 4), String(row.year))
      if (row.start && row.end) assert.ok(row.start <= row.end, `dates of ${row.session}`)
      for (const date of [row.start, row.end]) {
        if (date) assert.equal(toIso(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))), date)
      }
    }
  })

  it("names each host city and country in every language of its profile, and in no other", () => {
    // The type lets a row name a place in some languages only (a language no family votes in needs no rows);
    // a profile's own languages are this test's to ask.
    for (const profile of Object.values(profiles)) {
      for (const row of profile.facts.sessions.sessions) {
        for (const names of [row.city, row.country]) {
          if (names) assert.deepEqual(Object.keys(names).sort(), [...profile.languages].sort(), `${profile.id}: session ${row.session}`)
        }
        assert.equal(row.city === undefined, row.country === undefined, `${profile.id}: session ${row.session}`)
      }
    }
  })

  it('writes Marrakesh in the standard form of each language', () => {
    assert.deepEqual(sessionByNumber(93)?.city, {ar: 'مراكش', en: 'Marrakesh', fr: 'Marrakech', es: 'Marrakech'})
    assert.deepEqual(sessionByNumber(93)?.country, {ar: 'المغرب', en: 'Morocco', fr: 'Maroc', es: 'Marruecos'})
    assert.equal(sessionByNumber(93)?.start, '2025-11-24')
    assert.equal(sessionByNumber(93)?.end, '2025-11-27')
  })

  it('returns undefined outside the table', () => {
    assert.equal(sessionByNumber(60), undefined)
    assert.equal(sessionByNumber(95), undefined)
    assert.equal(sessionByYear(1991), undefined)
  })
})

describe('facts: members', () => {
  it('follows the admissions by year', () => {
    assert.equal(membersInYear(1995), undefined)
    assert.equal(membersInYear(1996), 176)
    assert.equal(membersInYear(2001), 179)
    assert.equal(membersInYear(2002), 181)
    assert.equal(membersInYear(2010), 188)
    assert.equal(membersInYear(2016), 190)
    assert.equal(membersInYear(2017), 192)
    assert.equal(membersInYear(2020), 194)
    assert.equal(membersInYear(2022), 195)
    assert.equal(membersInYear(2025), 196)
  })

  it('is increasing and sourced', () => {
    for (let index = 1; index < memberCounts.length; index++) {
      assert.ok(memberCounts[index]!.from > memberCounts[index - 1]!.from)
      assert.ok(memberCounts[index]!.count > memberCounts[index - 1]!.count)
    }
    for (const entry of memberCounts) assert.ok(entry.source.length > 10)
  })
})

describe('facts: identifiers', () => {
  it('knows the form of each era', () => {
    assert.equal(expectedForm(1992), 'AGN')
    assert.equal(expectedForm(2000), 'AGN')
    assert.equal(expectedForm(2001), 'AG')
    assert.equal(expectedForm(2014), 'AG')
    assert.equal(expectedForm(2015), 'AG or GA')
    assert.equal(expectedForm(2016), 'AG or GA')
    assert.equal(expectedForm(2017), 'GA')
    assert.equal(expectedForm(2025), 'GA')
    assert.equal(identifierEras.find((era) => era.form === 'AG or GA')?.verified, false)
  })

  it('formats each form', () => {
    assert.equal(formatIdentifier({prefix: 'AGN', year: undefined, session: 68, number: 5}), 'AGN/68/RES/5')
    assert.equal(formatIdentifier({prefix: 'AG', year: 2001, session: undefined, number: 5}), 'AG-2001-RES-05')
    assert.equal(formatIdentifier({prefix: 'GA', year: 2025, session: 93, number: 3}), 'GA-2025-93-RES-03')
    assert.equal(formatIdentifier({prefix: 'GA', year: 2025, session: 93, number: 112}), 'GA-2025-93-RES-112')
    assert.equal(formatIdentifier({prefix: 'GA', year: 2025, session: undefined, number: 3}), undefined)
  })

  it('parses the well-formed identifier of each era', () => {
    assert.deepEqual(parseInterpolIdentifier('AGN/68/RES/5'), {prefix: 'AGN', year: undefined, session: 68, number: 5, canonical: 'AGN/68/RES/5', wellFormed: true})
    assert.deepEqual(parseInterpolIdentifier('AG-2001-RES-05'), {prefix: 'AG', year: 2001, session: undefined, number: 5, canonical: 'AG-2001-RES-05', wellFormed: true})
    assert.deepEqual(parseInterpolIdentifier('GA-2025-93-RES-03'), {prefix: 'GA', year: 2025, session: 93, number: 3, canonical: 'GA-2025-93-RES-03', wellFormed: true})
  })

  it('parses malformed writings to their canonical form', () => {
    const cases: Array<[string, string]> = [
      ['GA 2022 90 RES-01', 'GA-2022-90-RES-01'],
      ['GA-2022-90-RES-1', 'GA-2022-90-RES-01'],
      ['GA–2022–90–RES–01', 'GA-2022-90-RES-01'],
      ['GA—2022—90—RES—01', 'GA-2022-90-RES-01'],
      ['GA‐2022‐90‐RES‐01', 'GA-2022-90-RES-01'],
      ['ga-2022-90-res-01', 'GA-2022-90-RES-01'],
      ['GA-2022-90-RES01', 'GA-2022-90-RES-01'],
      ['GA-2022-90-01', 'GA-2022-90-RES-01'],
      ['GA-90-2022-RES-01', 'GA-2022-90-RES-01'],
      ['GA-٢٠٢٢-٩٠-RES-٠١', 'GA-2022-90-RES-01'],
      ['AGN-68-RES-5', 'AGN/68/RES/5'],
      ['AGN/68/RES/05', 'AGN/68/RES/5'],
      ['AG 2001 RES 5', 'AG-2001-RES-05']
    ]
    for (const [text, canonical] of cases) {
      const id = parse(text)
      assert.equal(id.canonical, canonical, text)
      assert.equal(id.wellFormed, false, text)
    }
  })

  it('leaves surrounding space and sentence punctuation out', () => {
    assert.equal(parse(' GA-2025-93-RES-03.').wellFormed, true)
    assert.equal(parse('GA-2025-93-RES-03،').wellFormed, true)
  })

  it('keeps what it can of an identifier with missing parts', () => {
    assert.deepEqual(parseInterpolIdentifier('GA-2008-RES-07'), {prefix: 'GA', year: 2008, session: undefined, number: 7, canonical: undefined, wellFormed: false})
    assert.deepEqual(parseInterpolIdentifier('GA-2022-90-RES'), {prefix: 'GA', year: 2022, session: 90, number: undefined, canonical: undefined, wellFormed: false})
  })

  it('does not parse what is not a resolution identifier', () => {
    for (const text of ['GA', 'ag', 'GA-2025-93-REP-01', 'AGN/69/RAP/22', 'A/RES/71/19', 'I/CONS/GA/1956 (2023)', 'AG/RES. 1892 (XXXII-O/02)', 'hello']) {
      assert.equal(parseInterpolIdentifier(text), undefined, text)
    }
  })

  it('describes GA-2025-93-RES-03: the 93rd session, Marrakesh, 24–27 November 2025', () => {
    const description = describeIdentifier(parse('GA-2025-93-RES-03'), 'en')
    assert.equal(description.session, 93)
    assert.equal(description.year, 2025)
    assert.equal(description.city, 'Marrakesh')
    assert.equal(description.country, 'Morocco')
    assert.equal(description.dates, '24–27 November 2025')
    assert.equal(description.summary, '93rd session, Marrakesh, Morocco, 24–27 November 2025')
    assert.deepEqual(description.problems, [])
  })

  it('describes in the drafter’s language', () => {
    assert.equal(describeIdentifier(parse('GA-2025-93-RES-03'), 'ar').summary, 'الدورة الـ 93، مراكش (المغرب)، 24–27 تشرين الثاني/نوفمبر 2025')
    assert.equal(describeIdentifier(parse('GA-2025-93-RES-03'), 'fr').summary, '93e session, Marrakech (Maroc), 24–27 novembre 2025')
    assert.equal(describeIdentifier(parse('GA-2023-91-RES-03'), 'es').summary, '91ª reunión, Viena (Austria), 28 de noviembre – 1 de diciembre de 2023')
  })

  it('reports a session and year that disagree', () => {
    const description = describeIdentifier(parse('GA-2021-90-RES-05'), 'en')
    assert.deepEqual(englishProblems(description), [
      {code: 'session-year-mismatch', message: 'session and year disagree: the 90th session was held in 2022'}
    ])
  })

  it('reports the form of another era, with the right identifier', () => {
    assert.deepEqual(englishProblems(describeIdentifier(parse('GA-2008-RES-07'), 'en')), [
      {code: 'era', message: 'the GA- form dates from 2017; a 2008 resolution is AG-2008-RES-07', expected: 'AG-2008-RES-07'}
    ])
    assert.deepEqual(englishProblems(describeIdentifier(parse('AG-2019-RES-07'), 'en')), [
      {code: 'era', message: 'the AG- form was used from 2001 to 2014; a 2019 resolution is GA-2019-88-RES-07', expected: 'GA-2019-88-RES-07'}
    ])
    assert.deepEqual(englishProblems(describeIdentifier(parse('AGN/70/RES/1'), 'en')), [
      {code: 'era', message: 'the AGN/ form was used until 2000; a 2001 resolution is AG-2001-RES-01', expected: 'AG-2001-RES-01'}
    ])
  })

  it('accepts either form in 2015 and 2016', () => {
    assert.deepEqual(englishProblems(describeIdentifier(parse('AG-2015-RES-01'), 'en')), [])
    assert.deepEqual(englishProblems(describeIdentifier(parse('GA-2016-85-RES-01'), 'en')), [])
  })

  it('reports a malformed writing with its fix', () => {
    assert.deepEqual(englishProblems(describeIdentifier(parse('GA 2022 90 RES-01'), 'en')), [
      {code: 'not-canonical', message: 'written differently from “\u2068GA-2022-90-RES-01\u2069”', expected: 'GA-2022-90-RES-01'}
    ])
  })

  it('reports missing parts, 2020 and unknown sessions', () => {
    assert.deepEqual(englishProblems(describeIdentifier(parse('GA-2022-90-RES'), 'en')), [
      {code: 'missing-part', message: 'missing the resolution number'}
    ])
    assert.deepEqual(describeIdentifier(parse('GA-2020-89-RES-01'), 'en').problems.map((problem) => problem.code), [
      'no-session-that-year',
      'session-year-mismatch'
    ])
    assert.deepEqual(englishProblems(describeIdentifier(parse('GA-2030-120-RES-01'), 'en')), [
      {code: 'unknown-session', message: 'the 120th session is not in the sessions table (61st to 94th)'}
    ])
  })

  it('gives the next free identifier of a session', () => {
    assert.equal(nextIdentifier([], 2025, 93), 'GA-2025-93-RES-01')
    assert.equal(
      nextIdentifier(['GA-2025-93-RES-03.ar.txt', 'drafts/GA-2025-93-RES-11.en.txt', 'GA-2024-92-RES-20', 'notes.txt', 'GA 2025 93 RES 7'], 2025, 93),
      'GA-2025-93-RES-12'
    )
  })
})

describe('facts: UN resolutions', () => {
  it('dates sessions from their September opening', () => {
    assert.equal(unSessionOfDate('1996-10-15'), 51)
    assert.equal(unSessionOfDate('2016-11-21'), 71)
    assert.equal(unSessionOfDate('2020-11-23'), 75)
    assert.equal(unSessionOfDate('2021-06-30'), 75)
    assert.equal(unSessionOfDate('2024-12-24'), 79)
    assert.equal(unSessionOfDate('2025-09-19'), 80)
    assert.equal(unSessionOfDate('2025-13-01'), undefined)
  })

  it('opens a session on the rule’s Tuesday, which is not always the third', () => {
    assert.equal(unSessionOpening(51), '1996-09-17')
    assert.equal(unSessionOpening(62), '2007-09-18')
    assert.equal(unSessionOpening(76), '2021-09-14')
    assert.equal(unSessionOpening(78), '2023-09-05')
    assert.equal(unSessionOpening(79), '2024-09-10')
    assert.equal(unSessionOpening(80), '2025-09-09')
    // The day before the opening still belongs to the previous session.
    assert.equal(unSessionOfDate('2021-09-13'), 75)
    assert.equal(unSessionOfDate('2021-09-14'), 76)
  })

  it('checks that a date fits a session', () => {
    assert.equal(dateFitsUnSession(71, '2016-11-21'), true)
    assert.equal(dateFitsUnSession(75, '2020-11-23'), true)
    assert.equal(dateFitsUnSession(51, '1996-10-15'), true)
    assert.equal(dateFitsUnSession(71, '2017-11-21'), false)
  })

  it('reads an Arabic pair in either order, dropping impossible sessions', () => {
    assert.deepEqual(readUnCitation(19, 71, 'ar'), [{session: 71, number: 19}])
    assert.deepEqual(readUnCitation(71, 19, 'ar'), [{session: 71, number: 19}])
    assert.deepEqual(readUnCitation(1, 51, 'ar'), [{session: 51, number: 1}])
    assert.deepEqual(readUnCitation(51, 1, 'ar'), [{session: 51, number: 1}])
    assert.deepEqual(readUnCitation(57, 301, 'ar'), [{session: 57, number: 301}])
    assert.deepEqual(readUnCitation(55, 60, 'ar'), [{session: 55, number: 60}, {session: 60, number: 55}])
  })

  it('reads session first only in the other languages', () => {
    assert.deepEqual(readUnCitation(71, 19, 'en'), [{session: 71, number: 19}])
    assert.deepEqual(readUnCitation(19, 71, 'fr'), [])
    assert.deepEqual(readUnCitation(55, 60, 'es'), [{session: 55, number: 60}])
  })

  it('picks the reading whose session fits the date', () => {
    assert.deepEqual(bestReading(readUnCitation(19, 71, 'ar'), '2016-11-21'), {reading: {session: 71, number: 19}, session: 71})
    assert.deepEqual(bestReading(readUnCitation(1, 51, 'ar'), '1996-10-15'), {reading: {session: 51, number: 1}, session: 51})
    assert.deepEqual(bestReading(readUnCitation(55, 60, 'ar'), '2000-12-04'), {reading: {session: 55, number: 60}, session: 55})
    assert.deepEqual(bestReading(readUnCitation(55, 60, 'ar'), '2005-12-01'), {reading: {session: 60, number: 55}, session: 60})
    // 19/71 dated 2018 fits no reading: session 73 would.
    assert.deepEqual(bestReading(readUnCitation(19, 71, 'ar'), '2018-11-26'), {reading: undefined, session: 73})
  })

  it('knows the UN–INTERPOL resolutions, each fitting its session', () => {
    assert.deepEqual(unInterpolResolutions.map((entry) => `${entry.session}/${entry.number} ${entry.date}`), [
      '51/1 1996-10-15',
      '71/19 2016-11-21',
      '73/11 2018-11-26',
      '75/10 2020-11-23',
      '79/243 2024-12-24'
    ])
    for (const entry of unInterpolResolutions) {
      assert.ok(dateFitsUnSession(entry.session, entry.date), `${entry.session}/${entry.number}`)
      assert.ok(entry.source.length > 5)
    }
    assert.equal(unResolution(71, 19)?.date, '2016-11-21')
    assert.equal(unResolution(19, 71), undefined)
  })
})

describe('facts: dates', () => {
  const arabicMonths = ar.dates.months.kind === 'paired' ? ar.dates.months.pairs : []
  it('lists twelve months in each language', () => {
    for (const language of languages) {
      const months = new Set(monthForms[language].map((entry) => entry.month))
      assert.equal(months.size, 12, language)
    }
    assert.equal(arabicMonths.length, 12)
  })

  it('finds month numbers by folded text', () => {
    assert.equal(monthOf('November', 'en'), 11)
    assert.equal(monthOf('NOVEMBER', 'en'), 11)
    assert.equal(monthOf('decembre', 'fr'), 12)
    assert.equal(monthOf('août', 'fr'), 8)
    assert.equal(monthOf('setiembre', 'es'), 9)
    assert.equal(monthOf('نوفمبر', 'ar'), 11)
    assert.equal(monthOf('ابريل', 'ar'), 4)
    assert.equal(monthOf('يونيو', 'ar'), 6)
    assert.equal(monthOf('يوليه', 'ar'), 7)
    assert.equal(monthOf('Noviembre', 'en'), undefined)
  })

  it('names months canonically', () => {
    assert.equal(monthName(11, 'ar'), 'تشرين الثاني/نوفمبر')
    assert.equal(monthName(6, 'ar'), 'حزيران/يونيه')
    assert.equal(monthName(12, 'fr'), 'décembre')
    assert.equal(monthName(9, 'es'), 'septiembre')
  })

  it('checks Arabic month pairs', () => {
    assert.deepEqual(checkArabicMonthPair('تشرين الثاني/نوفمبر'), {status: 'matched', month: 11})
    assert.deepEqual(checkArabicMonthPair('كانون الثاني/يناير'), {status: 'matched', month: 1})
    assert.deepEqual(checkArabicMonthPair('كانون الأول/ديسمبر'), {status: 'matched', month: 12})
    assert.deepEqual(checkArabicMonthPair('حزيران/يونيه'), {status: 'matched', month: 6})
    assert.deepEqual(checkArabicMonthPair('حزيران/يونيو'), {status: 'matched', month: 6})
    assert.deepEqual(checkArabicMonthPair('تموز/يوليو'), {status: 'matched', month: 7})
    assert.deepEqual(checkArabicMonthPair('نيسان / إبريل'), {status: 'matched', month: 4})
    assert.deepEqual(checkArabicMonthPair('تشرين الثاني/ديسمبر'), {
      status: 'mismatch',
      levantineMonth: 11,
      internationalMonth: 12,
      expected: ['تشرين الثاني/نوفمبر', 'كانون الأول/ديسمبر']
    })
    assert.deepEqual(checkArabicMonthPair('نوفمبر/تشرين الثاني'), {status: 'reversed', month: 11, expected: ['تشرين الثاني/نوفمبر']})
    assert.deepEqual(checkArabicMonthPair('نوفمبر/ديسمبر'), {status: 'unknown'})
    assert.deepEqual(checkArabicMonthPair('تشرين الثاني'), {status: 'unknown'})
  })

  it('validates and formats dates', () => {
    assert.equal(isValidDate(2024, 2, 29), true)
    assert.equal(isValidDate(2025, 2, 29), false)
    assert.equal(isValidDate(2025, 4, 31), false)
    assert.equal(isValidDate(2025, 13, 1), false)
    assert.equal(toIso(2025, 11, 24), '2025-11-24')
    assert.equal(toIso(2025, 2, 30), undefined)
    assert.equal(formatDate('2025-11-24', 'en'), '24 November 2025')
    assert.equal(formatDate('2011-04-01', 'fr'), '1er avril 2011')
    assert.equal(formatDate('2025-11-24', 'es'), '24 de noviembre de 2025')
    assert.equal(formatDate('2025-11-24', 'ar'), '24 تشرين الثاني/نوفمبر 2025')
    assert.equal(formatDateRange('2023-11-28', '2023-12-01', 'en'), '28 November – 1 December 2023')
    assert.equal(formatDateRange('2023-12-30', '2024-01-02', 'fr'), '30 décembre 2023 – 2 janvier 2024')
  })
})

describe('facts: opening formulas', () => {
  it('writes the 93rd session’s opening in the four languages', () => {
    assert.equal(
      openingFormula(93, 'ar'),
      'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 93 في مراكش (المغرب) في الفترة من 24 إلى 27 تشرين الثاني/نوفمبر 2025،'
    )
    assert.equal(openingFormula(93, 'en'), 'The ICPO-INTERPOL General Assembly, meeting in Marrakesh, Morocco, from 24 to 27 November 2025 at its 93rd session:')
    assert.equal(openingFormula(93, 'fr'), "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,")
    assert.equal(openingFormula(93, 'es'), 'La Asamblea General de la OIPC-INTERPOL, reunida en su 93ª reunión en Marrakech (Marruecos) del 24 al 27 de noviembre de 2025,')
  })

  it('writes a range across two months (91st, 28 November – 1 December 2023)', () => {
    assert.equal(
      openingFormula(91, 'ar'),
      'إن الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)، المجتمعة في دورتها الـ 91 في فيينا (النمسا) في الفترة من 28 تشرين الثاني/نوفمبر إلى 1 كانون الأول/ديسمبر 2023،'
    )
    assert.equal(openingFormula(91, 'en'), 'The ICPO-INTERPOL General Assembly, meeting in Vienna, Austria, from 28 November to 1 December 2023 at its 91st session:')
    assert.equal(openingFormula(91, 'fr'), "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 91e session à Vienne (Autriche) du 28 novembre au 1er décembre 2023,")
    assert.equal(openingFormula(91, 'es'), 'La Asamblea General de la OIPC-INTERPOL, reunida en su 91ª reunión en Viena (Austria) del 28 de noviembre al 1 de diciembre de 2023,')
  })

  it('names a city-state once', () => {
    assert.equal(openingFormula(78, 'en'), 'The ICPO-INTERPOL General Assembly, meeting in Singapore from 11 to 15 October 2009 at its 78th session:')
    assert.equal(openingFormula(83, 'fr'), "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 83e session à Monaco du 3 au 7 novembre 2014,")
  })

  it('is undefined when the city or dates are unknown', () => {
    assert.equal(openingFormula(62, 'en'), undefined)
    assert.equal(openingFormula(67, 'fr'), undefined)
    assert.equal(openingFormula(94, 'en'), undefined)
  })

  it('writes ordinals', () => {
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 91, 92, 93, 111].map((n) => sessionOrdinal(n, 'en')), [
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '91st', '92nd', '93rd', '111th'
    ])
    assert.equal(sessionOrdinal(93, 'ar'), 'الـ 93')
    assert.equal(sessionOrdinal(93, 'fr'), '93e')
    assert.equal(sessionOrdinal(93, 'es'), '93ª')
  })

  it('has a formula for every session with a known city and dates', () => {
    for (const row of sessions) {
      for (const language of languages) {
        const formula = openingFormula(row.session, language)
        assert.equal(formula !== undefined, Boolean(row.city && row.start && row.end), `${row.session} ${language}`)
      }
    }
  })
})
