/**
 * Values computed once per object (a profile, a tree, a list of schemes) and kept as long as it lives: the caches of
 * a profile's wording by language, of the schemes it cites, and the like, written once here.
 */

/** `make(key)`, computed on the first call for `key` and kept while `key` lives. */
export function memoByObject<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>()
  return (key) => {
    if (kept.has(key)) return kept.get(key)!
    const value = make(key)
    kept.set(key, value)
    return value
  }
}

/** `make(object, key)` (a profile and a language), computed on the first call for that pair and kept while the object lives. */
export function memoByObjectAndKey<O extends object, K, V>(make: (object: O, key: K) => V): (object: O, key: K) => V {
  const byObject = memoByObject((_object: O) => new Map<K, V>())
  return (object, key) => {
    const values = byObject(object)
    if (values.has(key)) return values.get(key)!
    const value = make(object, key)
    values.set(key, value)
    return value
  }
}

/** A value kept by `memoPlaced`: made for `key`, standing at `line`. */
export interface Placed<K, V> {
  readonly key: K
  readonly line: number
  readonly value: V
}

/**
 * `make(object, key)`, made in the object's own lines (from line 0) and kept with the line it was last asked at: asked
 * again at the same key and line, the very same record; at another line, the kept value `move`d by the difference; at
 * another key, made again. The views of each resolution of a text (its diagnostics, outline entry, folding ranges),
 * kept by the resolution's check: a keystroke in another resolution makes none of them again, and moves only those below it.
 */
export function memoPlaced<O extends object, K, V>(make: (object: O, key: K) => V, move: (value: V, lines: number) => V): (object: O, key: K, line: number) => Placed<K, V> {
  const kept = new WeakMap<O, Placed<K, V>>()
  return (object, key, line) => {
    let known = kept.get(object)
    if (known !== undefined && known.key === key && known.line === line) return known
    if (known === undefined || known.key !== key) known = {key, line: 0, value: make(object, key)}
    if (known.line !== line) known = {key, line, value: move(known.value, line - known.line)}
    kept.set(object, known)
    return known
  }
}
