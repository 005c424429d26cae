/**
 * The language versions of a resolution state the same facts: in each aligned
 * part, the same numbers, years, article numbers, dates, INTERPOL and UN
 * citations, Latin-script names, vote figures, resolution number, identifier,
 * session and city. A fact one version has differently is reported there.
 */
import {reportFindings} from '../core/parallel/compare.js'
import {rule} from '../core/rule.js'

export default rule('parallel-facts', (_tree, file) => reportFindings(file, 'parallel-facts'))
