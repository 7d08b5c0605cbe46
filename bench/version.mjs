// `supportscope --version` start-up time against `node -e 0` (target: ≤ 2×).
import { join } from 'node:path';
import { ROOT, line, median, requireBuild, timeCommand } from './lib.mjs';

requireBuild();
const runs = Number(process.env.RUNS ?? 20);
timeCommand(process.execPath, ['-e', '0'], 3); // warm the page cache
const bare = median(timeCommand(process.execPath, ['-e', '0'], runs));
const version = median(timeCommand(process.execPath, [join(ROOT, 'bin/supportscope'), '--version'], runs));
const help = median(timeCommand(process.execPath, [join(ROOT, 'bin/supportscope'), '--help'], runs));
console.log(`# start-up (median of ${runs} runs)`);
line('node -e 0', `${bare.toFixed(1)} ms`);
line('supportscope --version', `${version.toFixed(1)} ms`);
line('supportscope --help', `${help.toFixed(1)} ms`);
line('ratio --version / node -e 0', `${(version / bare).toFixed(2)}×`, '≤ 2×');
