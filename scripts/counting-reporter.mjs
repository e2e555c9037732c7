// A web-test-runner reporter that counts the real test results and writes them to
// reports/browser-tests-<engine>.json, so `npm test` and .ci/run can print the counts per engine and
// end with a plain `N passed, N failed` (WTR's own summary shares a line with its progress bar).
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export const reportFile = (engine) => `reports/browser-tests-${engine}.json`;

export function countingReporter({ engine }) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length, brokenFiles: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no passing result to show for it.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.brokenFiles += 1;
          totals.failed += 1;
        }
      }
      mkdirSync('reports', { recursive: true });
      writeFileSync(reportFile(engine), JSON.stringify(totals, null, 2));
    },
  };
}
