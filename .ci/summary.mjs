// Sums the test reports into the one line CI reads: "N passed, N failed".
// Arguments: exit codes of the static checks (typecheck + lint) and the security scan; each
// counts as one check. A suite whose report is missing (it never ran) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  // A test file that fails to load has no failed tests of its own: count the file.
  for (const file of unit.testResults) {
    const failedTests = file.assertionResults.filter((t) => t.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) failed += 1;
  }
} else failed += 1;

const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} else failed += 1;

for (const code of process.argv.slice(2)) {
  if (Number(code) === 0) passed += 1;
  else failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
