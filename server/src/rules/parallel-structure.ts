/**
 * The language versions of a resolution have the same parts: each preamble
 * paragraph, chapeau, operative paragraph, subparagraph and vote line of one
 * version has its counterpart in the others, numbered alike. The parts are
 * aligned by structure, openers and shared facts (`core/parallel/`), so one
 * missing paragraph is named once and does not shift every later one.
 */
import {reportFindings} from '../core/parallel/compare.js'
import {rule} from '../core/rule.js'

export default rule('parallel-structure', (_tree, file) => reportFindings(file, 'parallel-structure'))
