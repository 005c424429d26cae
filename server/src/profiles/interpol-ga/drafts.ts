/**
 * The skeleton of a new resolution in each language, offered by completion on
 * a blank document (it replaces the static snippets, which could not know the
 * document's language, its file name or the coming session). `{heading}`,
 * `{identifier}`, `{subject}` and `{opening}` are filled from the file name and
 * the sessions table; `{{…}}` are the fields the drafter types over. No vote
 * line: a draft has none before the vote (completion offers it after the
 * operative part).
 *
 * Wording: the openers, chapeau and items of the fixtures and the reference
 * (GA-2025-93-RES-03 and its versions in `test/fixtures/`).
 */
import type {Language} from '../../languages/index.js'

export const draftSkeletons: Record<Language, readonly string[]> = {
  ar: ['{heading}', '{identifier}', '{subject}', '{opening}', 'وإذ تذكّر {{…}}،', 'وإذ تؤكد {{…}}،', '{{تدعو جميع البلدان الأعضاء إلى}}:', '1. {{تشجيع …}}؛', '2. {{ضمان …}}.'],
  en: ['{heading}', '{identifier}', '{subject}', '{opening}', 'RECALLING {{…}},', 'BEARING IN MIND {{…}},', '{{CALLS UPON all member countries to}}:', '1. {{Encourage …}};', '2. {{Ensure …}}.'],
  fr: ['{heading}', '{identifier}', '{subject}', '{opening}', 'RAPPELANT {{…}},', "AYANT À L'ESPRIT {{…}},", '{{DEMANDE à tous les pays membres de}} :', '1. {{Encourager …}} ;', '2. {{Veiller …}}.'],
  es: ['{heading}', '{identifier}', '{subject}', '{opening}', 'RECORDANDO {{…}},', 'TENIENDO PRESENTE {{…}},', '{{EXHORTA a todos los países miembros a}}:', '1. {{Fomentar …}};', '2. {{Velar …}}.']
}
