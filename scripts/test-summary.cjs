// Adds up the jest runs of scripts/test.sh into one closing line: "N passed, N failed".
const fs = require('node:fs');
const path = require('node:path');

const [dir, startedAt] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const run = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  passed += run.numPassedTests;
  failed += run.numFailedTests;
  skipped += run.numPendingTests + (run.numTodoTests ?? 0);
  rows.push(`  ${path.basename(file, '.json').padEnd(12)} ${run.numPassedTests} passed, ${run.numFailedTests} failed in ${run.numTotalTestSuites} suites`);
  if (run.numTotalTests === 0) failed += 1;
}
const seconds = Math.round(Date.now() / 1000 - Number(startedAt));
console.log(`\nTest summary (${Math.floor(seconds / 60)} min ${seconds % 60} s):\n${rows.join('\n')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && rows.length > 0 ? 0 : 1);
