// Matching of Electronegativity findings against electronegativity-allowlist.json, apart from running
// the tool so that it can be tested: an accepted entry names the rule, the file and the flagged source
// line (trimmed text, so that edits elsewhere in the file do not break it, while a new finding of the
// same rule in the same file does not match).

/**
 * @param {{ rule: string, file: string, line: number }[]} findings
 * @param {{ rule: string, file: string, source: string, reason: string }[]} accepted
 * @param {(file: string, line: number) => string | undefined} sourceLine the trimmed text of a line
 */
export function checkFindings(findings, accepted, sourceLine) {
  const matches = (entry, finding) =>
    entry.rule === finding.rule &&
    entry.file === finding.file &&
    typeof entry.source === 'string' &&
    entry.source.trim() !== '' &&
    sourceLine(finding.file, finding.line) === entry.source.trim() &&
    Boolean(entry.reason?.trim());
  return {
    unexplained: findings.filter((finding) => !accepted.some((entry) => matches(entry, finding))),
    stale: accepted.filter((entry) => !findings.some((finding) => matches(entry, finding))),
  };
}
