/**
 * recheck's verdict on a regex, decided by the analysis alone: no wall-clock
 * limit takes part, so a slow machine gets the same answer as a fast one.
 */
import {checkSync, type Diagnostics} from 'recheck'

/**
 * The automaton checker is exact and bounded by the regex's size; it cannot read
 * look-arounds, and for those the fuzzer runs from a fixed seed with every time
 * limit off, so only its step limits (characters read by its VM) bound the work.
 */
export function redosCheck(source: string, flags: string): Diagnostics {
  const exact = checkSync(source, flags, {checker: 'automaton', timeout: null})
  if (exact.status !== 'unknown' || exact.error.kind !== 'unsupported') return exact
  return checkSync(source, flags, {
    checker: 'fuzz',
    randomSeed: 1,
    timeout: null,
    attackTimeout: null,
    incubationTimeout: null,
    seedingTimeout: null,
    recallTimeout: null
  })
}
