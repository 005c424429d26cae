/**
 * The V8 settings of the command line, made before any of its code is optimised: `cli.ts` imports this module
 * first. A run of the command line is short, and on its first few hundred files V8 is still optimising the
 * checks: TurboFan's inlining makes each of those optimisations several times costlier (a 1,000-file run spent
 * about 1 s of CPU compiling on a background thread). Without it, 1,000 bench files took 15-20 % less CPU
 * (median 3.93 against 4.97 s, load 6 on 2 cores); the language server, which runs for hours, keeps V8's defaults.
 */
import {setFlagsFromString} from 'node:v8'

setFlagsFromString('--no-turbo-inlining')
