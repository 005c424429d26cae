/**
 * The texts the benchmarks run on: the reference resolution and the English,
 * French and Spanish fixtures, and documents of n resolutions made of them.
 */
import {readFileSync} from 'node:fs'

const read = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8')

export const reference = read('reference/GA-2025-93-RES-03.ar.txt')
export const english = read('GA-2025-93-RES-03.en.txt')
export const french = read('GA-2025-93-RES-04.fr.txt')
export const spanish = read('GA-2025-93-RES-05.es.txt')

/**
 * One cycle of resolutions as a session's drafts mix them: the Arabic
 * reference every other one, then English, French, Spanish. Its mean size is
 * 6,000 bytes of UTF-8 (the reference alone is 9,901 bytes, 5,494 UTF-16
 * code units), so n resolutions weigh about n × 6 KB.
 */
export const cycle: ReadonlyArray<{text: string; language: string}> = [
  {text: reference, language: 'ar'},
  {text: english, language: 'en'},
  {text: reference, language: 'ar'},
  {text: french, language: 'fr'},
  {text: reference, language: 'ar'},
  {text: spanish, language: 'es'}
]

/** The i-th resolution of the cycle. */
export function resolution(index: number): {text: string; language: string} {
  return cycle[index % cycle.length]!
}

/** n resolutions in one document, blank lines between; one resolution is the reference itself. */
export function resolutions(count: number): string {
  if (count === 1) return reference
  return Array.from({length: count}, (_, index) => resolution(index).text.trimEnd()).join('\n\n\n')
}

/** Size of a text in UTF-8 bytes. */
export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
