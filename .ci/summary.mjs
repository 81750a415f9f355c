// Sums the test reports into the one line CI reads: "N passed, N failed".
// Arguments: exit codes of the static checks (typecheck + lint) and the security scan; each
// counts as one check. A suite whose report is missing (it never ran) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;

const unit = read('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else failed += 1;

const e2e = read('test-results/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} else failed += 1;

for (const code of process.argv.slice(2)) {
  if (Number(code) === 0) passed += 1;
  else failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
