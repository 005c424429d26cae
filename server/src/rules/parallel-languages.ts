/**
 * A set of language versions has all four languages: a missing one is said
 * once, as information, in the first version of the set.
 */
import {reportFindings} from '../core/parallel/compare.js'
import {rule} from '../core/rule.js'

export default rule('parallel-languages', (_tree, file) => reportFindings(file, 'parallel-languages'))
