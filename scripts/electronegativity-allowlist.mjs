// Matching of Electronegativity findings against electronegativity-allowlist.json, apart from running
// the tool so that it can be tested: an accepted entry names the rule, the file and the flagged source
// line (trimmed text, so that edits elsewhere in the file do not break it, while a new finding of the
// same rule in the same file does not match).
//
// Two allowances for bundles built into dist/: a `*` in the file stands for a content hash, and a
// minified line (longer than MINIFIED_LINE characters) cannot be written down whole, so there the entry's
// source is the flagged call itself and must occur in that line.

const MINIFIED_LINE = 1000;

/** `dist/renderer/assets/pptxgen.es-*.js` matches the chunk whatever its content hash. */
function sameFile(pattern, file) {
  if (!pattern.includes('*')) return pattern === file;
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[^/]*')}$`).test(file);
}

function sameSource(source, line) {
  if (line === undefined) return false;
  return line.length > MINIFIED_LINE ? line.includes(source) : line === source;
}

/**
 * @param {{ rule: string, file: string, line: number }[]} findings
 * @param {{ rule: string, file: string, source: string, reason: string }[]} accepted
 * @param {(file: string, line: number) => string | undefined} sourceLine the trimmed text of a line
 */
export function checkFindings(findings, accepted, sourceLine) {
  const matches = (entry, finding) =>
    entry.rule === finding.rule &&
    sameFile(entry.file, finding.file) &&
    typeof entry.source === 'string' &&
    entry.source.trim() !== '' &&
    sameSource(entry.source.trim(), sourceLine(finding.file, finding.line)) &&
    Boolean(entry.reason?.trim());
  return {
    unexplained: findings.filter((finding) => !accepted.some((entry) => matches(entry, finding))),
    stale: accepted.filter((entry) => !findings.some((finding) => matches(entry, finding))),
  };
}
