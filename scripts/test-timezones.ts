// Runs the date, reminder, recurrence and target-period unit tests once per time zone the
// product must survive, with TZ set for the whole process (a Date's local zone is fixed at start-up).
import { spawnSync } from 'node:child_process';

const ZONES = ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Europe/London'];
const SUITES = ['tests/unit/dates', 'tests/unit/classify/deadline.test.ts', 'tests/unit/classify/deadline-kinds.test.ts', 'tests/unit/reminders', 'tests/unit/recurrence', 'tests/unit/db/target-reads.test.ts', 'tests/unit/crm/dates.test.ts', 'tests/unit/follow-up/nudge.test.ts', 'tests/unit/follow-up/reply-match.test.ts', 'tests/unit/follow-up/reply-watch.test.ts'];

for (const zone of ZONES) {
  console.log(`\n▶ TZ=${zone}`);
  const run = spawnSync('npx', ['vitest', 'run', ...SUITES], { stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (run.status !== 0) {
    console.error(`Date tests failed with TZ=${zone}`);
    process.exit(run.status ?? 1);
  }
}
