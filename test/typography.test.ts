/**
 * Fixes keep each language's typography (issue 12): French writes a space
 * before `;` `:` `?` `!` — the space the document already uses, plain,
 * no-break (U+00A0) or narrow no-break (U+202F) — and no language a space
 * before `,` or `.`. Exact fixed texts, from the rules' fixes and from Format Document.
 */
import assert from 'node:assert/strict'
import {parse} from '../server/src/core/parse.js'
import {documentMarkSpace} from '../server/src/core/typography.js'
import {formatText} from '../server/src/features/format.js'
import {documentFor, fix, formatMessage, isolated, lint} from './helpers.js'

const nbsp = '\u00a0'
const narrow = '\u202f'

const frenchDraft = (space: string) =>
  [
    `RÉSOLUTION N° 2`,
    '',
    'GA-2026-94-RES-02',
    '',
    `Objet${space}: Biens culturels volés`,
    '',
    "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,",
    '',
    'RAPPELANT que des biens culturels sont volés ;',
    '',
    'DEMANDE aux pays membres de',
    '',
    '1. Veiller à ce que les biens soient saisis',
    '',
    `2. Signaler les biens retrouvés${space};`,
    '',
    '3. Coopérer avec le Secrétariat général ;',
    '',
    `Adoptée${space}: Pour${space}: 134, Contre 0, Abstentions${space}: 5`,
    ''
  ].join('\n')

describe('typography in fixes', () => {
  it('finds the space the document writes before French marks: the most used, plain when none', () => {
    assert.equal(documentMarkSpace(frenchDraft(nbsp), 'fr'), nbsp)
    assert.equal(documentMarkSpace(frenchDraft(narrow), 'fr'), narrow)
    assert.equal(documentMarkSpace('saisis; Objet: x', 'fr'), ' ')
    assert.equal(documentMarkSpace('Subject : x ;', 'en'), '')
  })

  for (const [name, space] of [
    ['a plain space', ' '],
    ['no-break spaces', nbsp],
    ['narrow no-break spaces', narrow]
  ] as const) {
    it(`French with ${name}: the fixes write that space before \`;\` \`:\` and none before \`,\` \`.\``, () => {
      const text = frenchDraft(space)
      const fixable = lint(text, {language: 'fr'}).filter((message) => message.expected)
      assert.deepEqual(
        fixable.map((message) => `${formatMessage(message)} → ${JSON.stringify(message.expected![0])}`).sort(),
        [
          '11:28-11:28: A chapeau ends with a colon, “:”, missing here → ' + JSON.stringify(space + ':'),
          '13:44-13:44: An operative paragraph ends with “;”, missing here → ' + JSON.stringify(space + ';'),
          '17:40-17:42: The last operative paragraph ends with “.”, not “;” → "."',
          '19:29-19:29: A vote label takes a colon: “Contre :” → ' + JSON.stringify(space + ':'),
          '9:45-9:47: A preamble paragraph ends with “,”, not “;” → ","'
        ].map(isolated)
      )
      const majority = space
      assert.equal(
        fix(text, {language: 'fr'}).text,
        text
          .replace('sont volés ;', 'sont volés,')
          .replace('pays membres de\n', `pays membres de${majority}:\n`)
          .replace('soient saisis\n', `soient saisis${majority};\n`)
          .replace('Secrétariat général ;', 'Secrétariat général.')
          .replace('Contre 0', `Contre${majority}: 0`)
      )
    })
  }

  it('English: no space before a mark, and a fix removes one left before the mark it replaces', () => {
    const text = 'NOTING the report ;\n\nCALLS UPON member countries to\n\n1. Recognize the threat\n\n2. Ensure training ;\n\nAdopted: For: 120, Against 2, Abstentions: 8\n'
    assert.equal(fix(text, {language: 'en'}).text, 'NOTING the report,\n\nCALLS UPON member countries to:\n\n1. Recognize the threat;\n\n2. Ensure training.\n\nAdopted: For: 120, Against: 2, Abstentions: 8\n')
  })

  it('Format Document harmonises the space before French marks on the document’s own, and leaves `10:30` and `https://` alone', () => {
    const text = [
      'Objet\u00a0: Biens culturels',
      '',
      "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,",
      '',
      'RAPPELANT la séance de 10:30 et le site https://www.interpol.int/fr ; CONSTATANT ceci ,',
      '',
      'DEMANDE aux pays membres de\u00a0:',
      '',
      '1. Demander pourquoi? Puis agir ;',
      '',
      '2. Veiller à ce que les biens soient saisis;',
      '',
      '3. Coopérer .',
      '',
      'Adoptée: Pour\u00a0: 134, Contre\u00a0: 0, Abstentions : 5',
      ''
    ].join('\n')
    assert.equal(
      formatText(documentFor(parse(text, {language: 'fr'}), text)),
      [
        'Objet\u00a0: Biens culturels',
        '',
        "L'Assemblée générale de l'OIPC-INTERPOL, réunie en sa 93e session à Marrakech (Maroc) du 24 au 27 novembre 2025,",
        '',
        'RAPPELANT la séance de 10:30 et le site https://www.interpol.int/fr\u00a0; CONSTATANT ceci,',
        '',
        'DEMANDE aux pays membres de\u00a0:',
        '',
        '1. Demander pourquoi\u00a0? Puis agir\u00a0;',
        '',
        '2. Veiller à ce que les biens soient saisis\u00a0;',
        '',
        '3. Coopérer.',
        '',
        'Adoptée\u00a0: Pour\u00a0: 134, Contre\u00a0: 0, Abstentions\u00a0: 5',
        ''
      ].join('\n')
    )
  })
})
