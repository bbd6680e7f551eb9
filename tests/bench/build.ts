// Builds the store build into the bench's own folder (.tmp/bench/output/chrome-mv3), so a build
// running elsewhere in the repository (npm test, the demo) can't swap files under a measurement.
// Run as a child process by run.ts with its stdout sent to stderr.
import { build } from 'wxt';

const outDir = process.argv[2] ?? '.tmp/bench/output';
await build({ outDir });
