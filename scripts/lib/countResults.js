// Prints "passed failed skipped" from a jest --json or Playwright JSON report,
// so scripts/test can add them up into one summary line.
const { readFileSync } = require('node:fs');

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));

if (typeof report.numTotalTests === 'number') {
  // jest; a suite that failed to run at all has no tests but counts as failed.
  const brokenSuites = (report.testResults ?? []).filter(
    suite => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length;
  console.log(
    report.numPassedTests,
    report.numFailedTests + brokenSuites,
    report.numPendingTests + (report.numTodoTests ?? 0),
  );
} else if (report.stats) {
  // Playwright: flaky tests passed on retry; errors outside tests fail.
  const { expected, unexpected, flaky, skipped } = report.stats;
  console.log(
    expected + flaky,
    unexpected + (report.errors?.length ?? 0),
    skipped,
  );
} else {
  throw new Error(
    `${process.argv[2]} is neither a jest nor a Playwright report`,
  );
}
