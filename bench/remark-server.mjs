/**
 * The peer of the bench: a remark language server made the way
 * remark-language-server is (its whole source is this call), with
 * `remark-parse` and the plugins of the `.remarkrc.json` found beside the
 * document (the bench writes one with `remark-preset-lint-recommended`).
 * It checks on every change, with no debounce.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {createUnifiedLanguageServer} from 'unified-language-server'

process.title = 'remark-language-server'

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: unified().use(remarkParse),
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc'
})
