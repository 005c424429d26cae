/**
 * The V8 settings of the command line, made before any of its code is optimised: `cli.ts` imports this module
 * first. A run of the command line is short, and on its first few hundred files V8 is still optimising the
 * checks: TurboFan's inlining makes each of those optimisations several times costlier (a 1,000-file run spent
 * about 1 s of CPU compiling on a background thread). Without it, 1,000 bench files took 15-20 % less CPU
 * (median 3.93 against 4.97 s, load 6 on 2 cores); the language server, which runs for hours, keeps V8's defaults.
 *
 * And a function is sent to TurboFan only after four times V8's default budget of bytecode run (`--interrupt-budget`,
 * 66 KB by default): compiling still took about a third of a 1,000-file run's CPU (the background threads' time in
 * /proc), much of it on functions run a few hundred times. Measured alternately with the same code (user + system
 * CPU, medians, load 5-7 on 2 cores): 300 files 1.02 -> 0.90 s, 1,000 files 2.16 -> 2.01 and 2.06 -> 1.81 s, one
 * 4.8 MB file of 800 resolutions 1.88 -> 1.72 s, 3,000 files 4.29 -> 4.13 and 4.30 -> 4.40 s (no better, no worse:
 * a longer run repays the optimisations; 8 times the budget cost it 7 %).
 */
import {setFlagsFromString} from 'node:v8'

setFlagsFromString('--no-turbo-inlining')
setFlagsFromString('--interrupt-budget=270336')
