/**
 * The phrase lexicon: preamble openers and operative verbs of the four
 * languages, each entry linking a phrase to its equivalents.
 *
 * The first form of each language is the canonical one (shown in completion
 * and hover); the others are accepted variants. Forms are matched after
 * normalization (case, accents, Arabic diacritics and hamza forms ignored),
 * so write them as a drafter would.
 *
 * Sources:
 * - ref: the reference resolution GA-2025-93-RES-03 (Arabic).
 * - un-parallel: parallel UN General Assembly texts (65/230, 59/309, 52/90, 52/91, 52/103), see FACTS.md.
 * - un-manual: UN Editorial Manual lists of preambular and operative phrases (English), with
 *   their standard UN French and Spanish renderings (not each checked against a source).
 * - interpol: wording of INTERPOL resolutions 1999–2025 (FACTS.md, "Wording seen").
 * - interpol-en: an opener or verb read in an adopted English INTERPOL text (named in the
 *   entry); its Arabic, French and Spanish forms are renderings in the style of the
 *   neighbouring entries, not read in a source.
 */
import type {Language, Modifier} from '../tree.js'

/** Where a phrase opens a paragraph: in the preamble or the operative part. */
export type PhraseKind = 'preamble' | 'operative'

/** A phrase in the four languages, its first form of each canonical. */
export interface Phrase {
  /** Stable id: the English canonical phrase in kebab-case. */
  id: string
  kind: PhraseKind
  forms: Record<Language, readonly string[]>
  source: string
}

/** Words that mark a repeated opener (`RECALLING ALSO`, `وإذ تذكّر أيضا`). */
export const modifiers: Record<Language, Record<Modifier, readonly string[]>> = {
  ar: {also: ['أيضا', 'أيضاً'], further: ['كذلك', 'علاوة على ذلك'], finally: ['أخيرا', 'أخيراً']},
  en: {also: ['also'], further: ['further', 'furthermore'], finally: ['finally']},
  fr: {also: ['également', 'aussi'], further: ['en outre', 'de plus'], finally: ['enfin', 'finalement']},
  es: {also: ['también', 'asimismo'], further: ['además'], finally: ['finalmente', 'por último']}
}

/**
 * Arabic particles that come before the verb of an opener (`وإذ تؤكد`), folded: an
 * unknown opener starting with one takes the next word too. Source: ref (`وإذ`).
 */
export const arabicOpenerParticles: ReadonlySet<string> = new Set(['واذ', 'وقد', 'وان', 'ولما'])

const p = (
  id: string,
  kind: PhraseKind,
  source: string,
  ar: string[],
  en: string[],
  fr: string[],
  es: string[]
): Phrase => ({id, kind, source, forms: {ar, en, fr, es}})

/** Every known opener and operative verb. */
export const phrases: readonly Phrase[] = [
  // Preamble openers.
  p('in-light-of', 'preamble', 'ref; un-manual', ['في ضوء', 'وفي ضوء'], ['In light of', 'In the light of'], ['À la lumière de', 'Compte tenu de'], ['A la luz de', 'Habida cuenta de']),
  p('taking-into-account', 'preamble', 'ref; un-manual', ['وإذ تأخذ في الاعتبار', 'وإذ تأخذ بعين الاعتبار'], ['Taking into account', 'Taking into consideration'], ['Tenant compte de', 'Prenant en considération'], ['Teniendo en cuenta', 'Tomando en consideración']),
  p('affirming', 'preamble', 'ref; un-manual', ['وإذ تؤكد', 'وإذ تؤكد من جديد'], ['Affirming', 'Reaffirming'], ['Affirmant', 'Réaffirmant'], ['Afirmando', 'Reafirmando']),
  p('welcoming', 'preamble', 'ref; un-manual', ['وإذ ترحب', 'وإذ ترحب مع الارتياح'], ['Welcoming', 'Welcoming with satisfaction'], ['Se félicitant', 'Accueillant avec satisfaction'], ['Acogiendo con beneplácito', 'Celebrando']),
  p('emphasizing', 'preamble', 'ref; un-parallel', ['وإذ تشدد', 'وإذ تشدد على'], ['Emphasizing', 'Emphasising', 'Stressing', 'Underlining'], ['Soulignant', 'Insistant sur'], ['Poniendo de relieve', 'Destacando', 'Subrayando']),
  p('conscious', 'preamble', 'ref; un-parallel; interpol', ['وإدراكا منها', 'وإذ تدرك'], ['Conscious', 'Aware', 'Mindful'], ['Consciente', 'Sachant'], ['Consciente', 'Conocedora']),
  p('recalling', 'preamble', 'ref; un-parallel; interpol', ['وإذ تذكّر', 'وإذ تشير إلى', 'وإذ تذكر'], ['Recalling'], ['Rappelant'], ['Recordando']),
  p('recognizing', 'preamble', 'ref; un-parallel', ['وإذ تعترف', 'وإذ تسلّم', 'وإذ تسلم بأن'], ['Recognizing', 'Recognising', 'Acknowledging'], ['Reconnaissant', 'Sachant que'], ['Reconociendo']),
  p('recognizing-with-satisfaction', 'preamble', 'ref', ['وإذ تعترف مع الارتياح'], ['Recognizing with satisfaction', 'Noting with satisfaction'], ['Reconnaissant avec satisfaction', 'Notant avec satisfaction'], ['Reconociendo con satisfacción', 'Observando con satisfacción']),
  p('taking-note', 'preamble', 'ref; un-parallel', ['وإذ تأخذ علما', 'وإذ تحيط علما'], ['Taking note', 'Noting'], ['Prenant note', 'Notant', 'Constatant', 'Ayant pris connaissance'], ['Tomando nota', 'Observando']),
  p('bearing-in-mind', 'preamble', 'un-parallel; interpol', ['وإذ تضع في اعتبارها'], ['Bearing in mind', 'Keeping in mind'], ["Ayant à l'esprit", "Gardant à l'esprit"], ['Teniendo presente']),
  p('convinced', 'preamble', 'un-parallel', ['واقتناعا منها', 'وإذ هي مقتنعة'], ['Convinced'], ['Convaincue'], ['Convencida']),
  p('noting-with-concern', 'preamble', 'un-parallel', ['وإذ تلاحظ مع القلق', 'وإذ يساورها القلق'], ['Noting with concern', 'Concerned', 'Deeply concerned'], ['Notant avec préoccupation', 'Préoccupée'], ['Observando con preocupación', 'Preocupada']),
  p('having-considered', 'preamble', 'un-parallel; interpol', ['وقد نظرت في'], ['Having considered', 'Having examined'], ['Ayant examiné'], ['Habiendo examinado']),
  p('considering', 'preamble', 'un-manual; interpol', ['وإذ ترى', 'وإذ تعتبر'], ['Considering', 'Deeming'], ['Considérant', 'Estimant'], ['Considerando', 'Estimando']),
  p('determined', 'preamble', 'un-manual; interpol', ['وتصميما منها', 'وإذ هي عازمة'], ['Determined'], ['Déterminée', 'Résolue'], ['Decidida']),
  p('endorsing', 'preamble', 'interpol', ['وإذ تؤيد'], ['Endorsing'], ['Approuvant', 'Souscrivant'], ['Haciendo suyo', 'Respaldando']),
  p('guided-by', 'preamble', 'un-manual', ['وإذ تسترشد'], ['Guided by'], ['Guidée par'], ['Guiada por']),
  p('expressing-appreciation', 'preamble', 'un-manual', ['وإذ تعرب عن تقديرها'], ['Expressing its appreciation', 'Expressing appreciation'], ['Exprimant sa gratitude', 'Remerciant'], ['Expresando su reconocimiento', 'Expresando su agradecimiento']),
  p('reiterating', 'preamble', 'un-manual', ['وإذ تكرر'], ['Reiterating'], ['Réitérant'], ['Reiterando']),
  p('alarmed', 'preamble', 'un-manual', ['وإذ يثير جزعها'], ['Alarmed', 'Alarmed by'], ['Alarmée', 'Alarmée par'], ['Alarmada', 'Alarmada por']),
  p('shocked', 'preamble', 'interpol-en: AG-2001-RES-05 (Budapest, 2001)', ['وإذ تشعر بالصدمة'], ['Shocked', 'Shocked by'], ['Choquée', 'Choquée par'], ['Conmocionada', 'Conmocionada por']),
  p('understanding', 'preamble', 'interpol-en: AG-2010-RES-02 (Doha, 2010)', ['وإذ تفهم'], ['Understanding'], ['Comprenant'], ['Entendiendo']),

  // Operative verbs: finite forms (`DECIDES`, `تقرر`) and, after a chapeau ending
  // in "to:" / "إلى:", the forms that continue it (`Recognize`, `الاعتراف`).
  p('calls-upon', 'operative', 'ref; un-parallel', ['تدعو', 'تهيب ب'], ['Calls upon', 'Calls on'], ['Demande', 'Appelle', 'Engage'], ['Exhorta', 'Hace un llamamiento']),
  p('requests', 'operative', 'un-parallel; interpol', ['تطلب', 'تطلب إلى'], ['Requests', 'Asks'], ['Prie'], ['Solicita', 'Pide']),
  p('decides', 'operative', 'un-manual; interpol', ['تقرر', 'اتخاذ قرار'], ['Decides'], ['Décide'], ['Decide']),
  p('underlines', 'operative', 'un-parallel', ['تؤكد'], ['Underlines', 'Affirms', 'Reaffirms'], ['Souligne', 'Affirme', 'Réaffirme'], ['Subraya', 'Afirma', 'Reafirma']),
  p('recognize', 'operative', 'ref', ['الاعتراف', 'تعترف'], ['Recognizes', 'Recognize', 'Recognise'], ['Reconnaît', 'Reconnaître'], ['Reconoce', 'Reconocer']),
  p('encourage', 'operative', 'ref; interpol', ['تشجيع', 'تشجع'], ['Encourages', 'Encourage'], ['Encourage', 'Encourager'], ['Alienta', 'Alentar', 'Fomentar']),
  p('continue', 'operative', 'ref', ['مواصلة', 'تواصل'], ['Continue', 'Continues'], ['Continuer', 'Poursuivre', 'Continue'], ['Seguir', 'Continuar', 'Sigue']),
  p('establish', 'operative', 'ref', ['إقامة', 'إنشاء', 'تنشئ'], ['Establish', 'Establishes'], ['Établir', 'Établit', 'Instaurer'], ['Establecer', 'Establece']),
  p('ensure', 'operative', 'ref', ['ضمان', 'تكفل'], ['Ensure', 'Ensures'], ['Veiller', 'Assurer', 'Garantir'], ['Velar', 'Garantizar', 'Asegurar']),
  p('approves', 'operative', 'interpol', ['توافق على', 'توافق', 'تعتمد'], ['Approves', 'Adopts'], ['Approuve', 'Adopte'], ['Aprueba']),
  p('recommends', 'operative', 'interpol', ['توصي'], ['Recommends', 'Recommend'], ['Recommande', 'Recommander'], ['Recomienda', 'Recomendar']),
  p('urges', 'operative', 'un-manual', ['تحث'], ['Urges', 'Urge'], ['Exhorte', 'Prie instamment'], ['Insta', 'Instar']),
  p('invites', 'operative', 'un-manual', ['تدعو إلى', 'دعوة'], ['Invites', 'Invite'], ['Invite', 'Inviter'], ['Invita', 'Invitar']),
  p('authorizes', 'operative', 'interpol', ['تأذن', 'تخول'], ['Authorizes', 'Authorises', 'Authorize'], ['Autorise', 'Autoriser'], ['Autoriza', 'Autorizar']),
  p('condemns', 'operative', 'interpol', ['تدين'], ['Condemns'], ['Condamne'], ['Condena']),
  p('commends', 'operative', 'interpol', ['تثني على', 'تشيد'], ['Commends', 'Congratulates'], ['Félicite', 'Salue'], ['Encomia', 'Felicita']),
  p('takes-note', 'operative', 'un-manual', ['تحيط علما', 'تأخذ علما'], ['Takes note', 'Notes'], ['Prend note', 'Note'], ['Toma nota', 'Observa']),
  p('supports', 'operative', 'un-manual', ['تؤيد', 'دعم'], ['Supports', 'Support', 'Endorses'], ['Soutient', 'Soutenir', 'Appuie'], ['Apoya', 'Apoyar', 'Respalda']),
  p('welcomes', 'operative', 'un-manual', ['ترحب'], ['Welcomes'], ['Se félicite', 'Accueille'], ['Acoge con beneplácito', 'Celebra']),
  p('promote', 'operative', 'un-manual', ['تعزيز', 'الترويج'], ['Promote', 'Promotes', 'Strengthen'], ['Promouvoir', 'Renforcer'], ['Promover', 'Fortalecer']),
  p('declares', 'operative', 'un-manual', ['تعلن'], ['Declares'], ['Déclare'], ['Declara']),
  p('resolves', 'operative', 'un-manual', ['تعقد العزم'], ['Resolves'], ['Résout', 'Est résolue'], ['Resuelve']),
  p('instructs', 'operative', 'interpol', ['تكلف', 'تعهد إلى'], ['Instructs', 'Directs', 'Mandates'], ['Charge', 'Mandate'], ['Encarga', 'Encomienda']),
  p('considers', 'operative', 'interpol', ['ترى', 'تعتبر'], ['Considers'], ['Considère', 'Estime'], ['Considera', 'Estima']),
  p('reiterates', 'operative', 'interpol', ['تكرر', 'تكرر تأكيد'], ['Reiterates'], ['Réitère'], ['Reitera']),
  p('accepts', 'operative', 'un-manual', ['تقبل'], ['Accepts'], ['Accepte'], ['Acepta']),
  p('honours', 'operative', 'interpol-en: AG-2001-RES-05 (Budapest, 2001)', ['تكرّم', 'تحيي ذكرى'], ['Honours', 'Honors'], ['Honore', 'Rend hommage'], ['Honra', 'Rinde homenaje']),
  p('shares', 'operative', 'interpol-en: AG-2001-RES-05 (Budapest, 2001)', ['تشاطر'], ['Shares'], ['Partage', "S'associe"], ['Comparte', 'Se suma']),
  p('report', 'operative', 'un-manual', ['تقديم تقارير', 'تقدم تقريرا'], ['Report', 'Reports'], ['Faire rapport', 'Rendre compte'], ['Informar', 'Presentar un informe'])
]
