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
import type {Language} from '../../languages/index.js'

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

const p = (id: string, kind: PhraseKind, source: string, forms: Record<Language, readonly string[]>): Phrase => ({id, kind, source, forms})

/** Every known opener and operative verb. */
export const phrases: readonly Phrase[] = [
  // Preamble openers.
  p('in-light-of', 'preamble', 'ref; un-manual', {ar: ['في ضوء', 'وفي ضوء'], en: ['In light of', 'In the light of'], fr: ['À la lumière de', 'Compte tenu de'], es: ['A la luz de', 'Habida cuenta de']}),
  p('taking-into-account', 'preamble', 'ref; un-manual', {ar: ['وإذ تأخذ في الاعتبار', 'وإذ تأخذ بعين الاعتبار'], en: ['Taking into account', 'Taking into consideration'], fr: ['Tenant compte de', 'Prenant en considération'], es: ['Teniendo en cuenta', 'Tomando en consideración']}),
  p('affirming', 'preamble', 'ref; un-manual', {ar: ['وإذ تؤكد', 'وإذ تؤكد من جديد'], en: ['Affirming', 'Reaffirming'], fr: ['Affirmant', 'Réaffirmant'], es: ['Afirmando', 'Reafirmando']}),
  p('welcoming', 'preamble', 'ref; un-manual', {ar: ['وإذ ترحب', 'وإذ ترحب مع الارتياح'], en: ['Welcoming', 'Welcoming with satisfaction'], fr: ['Se félicitant', 'Accueillant avec satisfaction'], es: ['Acogiendo con beneplácito', 'Celebrando']}),
  p('emphasizing', 'preamble', 'ref; un-parallel', {ar: ['وإذ تشدد', 'وإذ تشدد على'], en: ['Emphasizing', 'Emphasising', 'Stressing', 'Underlining'], fr: ['Soulignant', 'Insistant sur'], es: ['Poniendo de relieve', 'Destacando', 'Subrayando']}),
  p('conscious', 'preamble', 'ref; un-parallel; interpol', {ar: ['وإدراكا منها', 'وإذ تدرك'], en: ['Conscious', 'Aware', 'Mindful'], fr: ['Consciente', 'Sachant'], es: ['Consciente', 'Conocedora']}),
  p('recalling', 'preamble', 'ref; un-parallel; interpol', {ar: ['وإذ تذكّر', 'وإذ تشير إلى', 'وإذ تذكر'], en: ['Recalling'], fr: ['Rappelant'], es: ['Recordando']}),
  p('recognizing', 'preamble', 'ref; un-parallel', {ar: ['وإذ تعترف', 'وإذ تسلّم', 'وإذ تسلم بأن'], en: ['Recognizing', 'Recognising', 'Acknowledging'], fr: ['Reconnaissant', 'Sachant que'], es: ['Reconociendo']}),
  p('recognizing-with-satisfaction', 'preamble', 'ref', {ar: ['وإذ تعترف مع الارتياح'], en: ['Recognizing with satisfaction', 'Noting with satisfaction'], fr: ['Reconnaissant avec satisfaction', 'Notant avec satisfaction'], es: ['Reconociendo con satisfacción', 'Observando con satisfacción']}),
  p('taking-note', 'preamble', 'ref; un-parallel', {ar: ['وإذ تأخذ علما', 'وإذ تحيط علما'], en: ['Taking note', 'Noting'], fr: ['Prenant note', 'Notant', 'Constatant', 'Ayant pris connaissance'], es: ['Tomando nota', 'Observando']}),
  p('bearing-in-mind', 'preamble', 'un-parallel; interpol', {ar: ['وإذ تضع في اعتبارها'], en: ['Bearing in mind', 'Keeping in mind'], fr: ["Ayant à l'esprit", "Gardant à l'esprit"], es: ['Teniendo presente']}),
  p('convinced', 'preamble', 'un-parallel', {ar: ['واقتناعا منها', 'وإذ هي مقتنعة'], en: ['Convinced'], fr: ['Convaincue'], es: ['Convencida']}),
  p('noting-with-concern', 'preamble', 'un-parallel', {ar: ['وإذ تلاحظ مع القلق', 'وإذ يساورها القلق'], en: ['Noting with concern', 'Concerned', 'Deeply concerned'], fr: ['Notant avec préoccupation', 'Préoccupée'], es: ['Observando con preocupación', 'Preocupada']}),
  p('having-considered', 'preamble', 'un-parallel; interpol', {ar: ['وقد نظرت في'], en: ['Having considered', 'Having examined'], fr: ['Ayant examiné'], es: ['Habiendo examinado']}),
  p('considering', 'preamble', 'un-manual; interpol', {ar: ['وإذ ترى', 'وإذ تعتبر'], en: ['Considering', 'Deeming'], fr: ['Considérant', 'Estimant'], es: ['Considerando', 'Estimando']}),
  p('determined', 'preamble', 'un-manual; interpol', {ar: ['وتصميما منها', 'وإذ هي عازمة'], en: ['Determined'], fr: ['Déterminée', 'Résolue'], es: ['Decidida']}),
  p('endorsing', 'preamble', 'interpol', {ar: ['وإذ تؤيد'], en: ['Endorsing'], fr: ['Approuvant', 'Souscrivant'], es: ['Haciendo suyo', 'Respaldando']}),
  p('guided-by', 'preamble', 'un-manual', {ar: ['وإذ تسترشد'], en: ['Guided by'], fr: ['Guidée par'], es: ['Guiada por']}),
  p('expressing-appreciation', 'preamble', 'un-manual', {ar: ['وإذ تعرب عن تقديرها'], en: ['Expressing its appreciation', 'Expressing appreciation'], fr: ['Exprimant sa gratitude', 'Remerciant'], es: ['Expresando su reconocimiento', 'Expresando su agradecimiento']}),
  p('reiterating', 'preamble', 'un-manual', {ar: ['وإذ تكرر'], en: ['Reiterating'], fr: ['Réitérant'], es: ['Reiterando']}),
  p('alarmed', 'preamble', 'un-manual', {ar: ['وإذ يثير جزعها'], en: ['Alarmed', 'Alarmed by'], fr: ['Alarmée', 'Alarmée par'], es: ['Alarmada', 'Alarmada por']}),
  p('shocked', 'preamble', 'interpol-en: AG-2001-RES-05 (Budapest, 2001)', {ar: ['وإذ تشعر بالصدمة'], en: ['Shocked', 'Shocked by'], fr: ['Choquée', 'Choquée par'], es: ['Conmocionada', 'Conmocionada por']}),
  p('understanding', 'preamble', 'interpol-en: AG-2010-RES-02 (Doha, 2010)', {ar: ['وإذ تفهم'], en: ['Understanding'], fr: ['Comprenant'], es: ['Entendiendo']}),

  // Operative verbs: finite forms (`DECIDES`, `تقرر`) and, after a chapeau ending
  // in "to:" / "إلى:", the forms that continue it (`Recognize`, `الاعتراف`).
  p('calls-upon', 'operative', 'ref; un-parallel', {ar: ['تدعو', 'تهيب ب'], en: ['Calls upon', 'Calls on'], fr: ['Demande', 'Appelle', 'Engage'], es: ['Exhorta', 'Hace un llamamiento']}),
  p('requests', 'operative', 'un-parallel; interpol', {ar: ['تطلب', 'تطلب إلى'], en: ['Requests', 'Asks'], fr: ['Prie'], es: ['Solicita', 'Pide']}),
  p('decides', 'operative', 'un-manual; interpol', {ar: ['تقرر', 'اتخاذ قرار'], en: ['Decides'], fr: ['Décide'], es: ['Decide']}),
  p('underlines', 'operative', 'un-parallel', {ar: ['تؤكد'], en: ['Underlines', 'Affirms', 'Reaffirms'], fr: ['Souligne', 'Affirme', 'Réaffirme'], es: ['Subraya', 'Afirma', 'Reafirma']}),
  p('recognize', 'operative', 'ref', {ar: ['الاعتراف', 'تعترف'], en: ['Recognizes', 'Recognize', 'Recognise'], fr: ['Reconnaît', 'Reconnaître'], es: ['Reconoce', 'Reconocer']}),
  p('encourage', 'operative', 'ref; interpol', {ar: ['تشجيع', 'تشجع'], en: ['Encourages', 'Encourage'], fr: ['Encourage', 'Encourager'], es: ['Alienta', 'Alentar', 'Fomentar']}),
  p('continue', 'operative', 'ref', {ar: ['مواصلة', 'تواصل'], en: ['Continue', 'Continues'], fr: ['Continuer', 'Poursuivre', 'Continue'], es: ['Seguir', 'Continuar', 'Sigue']}),
  p('establish', 'operative', 'ref', {ar: ['إقامة', 'إنشاء', 'تنشئ'], en: ['Establish', 'Establishes'], fr: ['Établir', 'Établit', 'Instaurer'], es: ['Establecer', 'Establece']}),
  p('ensure', 'operative', 'ref', {ar: ['ضمان', 'تكفل'], en: ['Ensure', 'Ensures'], fr: ['Veiller', 'Assurer', 'Garantir'], es: ['Velar', 'Garantizar', 'Asegurar']}),
  p('approves', 'operative', 'interpol', {ar: ['توافق على', 'توافق', 'تعتمد'], en: ['Approves', 'Adopts'], fr: ['Approuve', 'Adopte'], es: ['Aprueba']}),
  p('recommends', 'operative', 'interpol', {ar: ['توصي'], en: ['Recommends', 'Recommend'], fr: ['Recommande', 'Recommander'], es: ['Recomienda', 'Recomendar']}),
  p('urges', 'operative', 'un-manual', {ar: ['تحث'], en: ['Urges', 'Urge'], fr: ['Exhorte', 'Prie instamment'], es: ['Insta', 'Instar']}),
  p('invites', 'operative', 'un-manual', {ar: ['تدعو إلى', 'دعوة'], en: ['Invites', 'Invite'], fr: ['Invite', 'Inviter'], es: ['Invita', 'Invitar']}),
  p('authorizes', 'operative', 'interpol', {ar: ['تأذن', 'تخول'], en: ['Authorizes', 'Authorises', 'Authorize'], fr: ['Autorise', 'Autoriser'], es: ['Autoriza', 'Autorizar']}),
  p('condemns', 'operative', 'interpol', {ar: ['تدين'], en: ['Condemns'], fr: ['Condamne'], es: ['Condena']}),
  p('commends', 'operative', 'interpol', {ar: ['تثني على', 'تشيد'], en: ['Commends', 'Congratulates'], fr: ['Félicite', 'Salue'], es: ['Encomia', 'Felicita']}),
  p('takes-note', 'operative', 'un-manual', {ar: ['تحيط علما', 'تأخذ علما'], en: ['Takes note', 'Notes'], fr: ['Prend note', 'Note'], es: ['Toma nota', 'Observa']}),
  p('supports', 'operative', 'un-manual', {ar: ['تؤيد', 'دعم'], en: ['Supports', 'Support', 'Endorses'], fr: ['Soutient', 'Soutenir', 'Appuie'], es: ['Apoya', 'Apoyar', 'Respalda']}),
  p('welcomes', 'operative', 'un-manual', {ar: ['ترحب'], en: ['Welcomes'], fr: ['Se félicite', 'Accueille'], es: ['Acoge con beneplácito', 'Celebra']}),
  p('promote', 'operative', 'un-manual', {ar: ['تعزيز', 'الترويج'], en: ['Promote', 'Promotes', 'Strengthen'], fr: ['Promouvoir', 'Renforcer'], es: ['Promover', 'Fortalecer']}),
  p('declares', 'operative', 'un-manual', {ar: ['تعلن'], en: ['Declares'], fr: ['Déclare'], es: ['Declara']}),
  p('resolves', 'operative', 'un-manual', {ar: ['تعقد العزم'], en: ['Resolves'], fr: ['Résout', 'Est résolue'], es: ['Resuelve']}),
  p('instructs', 'operative', 'interpol', {ar: ['تكلف', 'تعهد إلى'], en: ['Instructs', 'Directs', 'Mandates'], fr: ['Charge', 'Mandate'], es: ['Encarga', 'Encomienda']}),
  p('considers', 'operative', 'interpol', {ar: ['ترى', 'تعتبر'], en: ['Considers'], fr: ['Considère', 'Estime'], es: ['Considera', 'Estima']}),
  p('reiterates', 'operative', 'interpol', {ar: ['تكرر', 'تكرر تأكيد'], en: ['Reiterates'], fr: ['Réitère'], es: ['Reitera']}),
  p('accepts', 'operative', 'un-manual', {ar: ['تقبل'], en: ['Accepts'], fr: ['Accepte'], es: ['Acepta']}),
  p('honours', 'operative', 'interpol-en: AG-2001-RES-05 (Budapest, 2001)', {ar: ['تكرّم', 'تحيي ذكرى'], en: ['Honours', 'Honors'], fr: ['Honore', 'Rend hommage'], es: ['Honra', 'Rinde homenaje']}),
  p('shares', 'operative', 'interpol-en: AG-2001-RES-05 (Budapest, 2001)', {ar: ['تشاطر'], en: ['Shares'], fr: ['Partage', "S'associe"], es: ['Comparte', 'Se suma']}),
  p('report', 'operative', 'un-manual', {ar: ['تقديم تقارير', 'تقدم تقريرا'], en: ['Report', 'Reports'], fr: ['Faire rapport', 'Rendre compte'], es: ['Informar', 'Presentar un informe']})
]
