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
