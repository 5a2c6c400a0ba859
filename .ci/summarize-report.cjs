'use strict';
// Prints the plain closing line CI reads, from vitest's JSON report. When typecheck or lint failed
// before vitest ran there is no report: that counts as one failure, so the line never claims success.
const fs = require('node:fs');
const [reportPath, status] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (reportPath && fs.existsSync(reportPath)) {
  const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (status !== '0' && failed === 0) failed = 1;
} else if (status !== '0') {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
