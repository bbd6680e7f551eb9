// Prints the drift harness's table: per site, recall and precision as written and under each
// rewrite (tests/drift/). `npm run --silent drift` ; `--json` for machine-readable output.
import { runAll } from '../tests/drift/run';
import { total } from '../tests/drift/score';

const rows = runAll();
const sites = [...new Set(rows.map((r) => r.site))].sort();
const rewrites = [...new Set(rows.map((r) => r.rewrite))];
const table = sites.map((site) => {
  const line: Record<string, string> = { site };
  for (const rewrite of rewrites) {
    const t = total(rows.filter((r) => r.site === site && r.rewrite === rewrite).map((r) => r.score));
    line[rewrite] = `${t.recall.toFixed(2)}/${t.precision.toFixed(2)}`;
  }
  return line;
});
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(rows.map((r) => ({ ...r })), null, 2)}\n`);
else {
  console.log('recall/precision per site and rewrite');
  console.table(table);
  for (const r of rows) if (r.score.recall < 1 || r.score.precision < 1) console.log(`${r.fixture} [${r.rewrite}] recall ${r.score.recall.toFixed(2)} precision ${r.score.precision.toFixed(2)} site ${r.siteFound}`);
}
