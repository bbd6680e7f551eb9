// The tests' real Roundcube as a Playwright fixture: started the first time a test asks for
// `roundcube`, shared by the tests of that worker, stopped when the worker ends. A test that
// changes the mailbox (sends, moves, deletes) should start its own with startRoundcube().
import { test as base } from './fixtures';
import { startRoundcube, type RunningRoundcube } from '../roundcube/harness';

export const test = base.extend<object, { roundcube: RunningRoundcube }>({
  roundcube: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const roundcube = await startRoundcube();
      await use(roundcube);
      await roundcube.stop();
    },
    { scope: 'worker' },
  ],
});

export { expect } from './fixtures';
