import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** LibreOffice, where installed. */
export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));

/**
 * Whether LibreOffice checks run: where it is installed, and always in CI (which installs it), so a
 * missing LibreOffice cannot pass as green there. Elsewhere the file says once that it skipped them.
 */
export function officeChecks(what: string): boolean {
  const run = Boolean(SOFFICE) || process.env.CI === 'true';
  if (!run)
    console.warn(`LibreOffice (soffice) is not installed: ${what} is not checked here (CI installs it).`);
  return run;
}

/**
 * `file` converted to PDF by LibreOffice into `dir`, and the PDF's text per page (pdftotext), or null
 * pages where poppler-utils is absent (the conversion alone is then checked).
 */
export function officePdf(
  file: string,
  dir: string,
  packageName: string,
): { pdf: Buffer; pages: string[] | null } {
  if (!SOFFICE)
    throw new Error(`CI=true but LibreOffice (soffice) is not installed: apt-get install ${packageName}`);
  const result = spawnSync(SOFFICE, ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    timeout: 120_000,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`LibreOffice could not convert ${file}: ${result.stderr}`);
  const path = join(dir, basename(file).replace(/\.\w+$/, '.pdf'));
  const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return {
    pdf: readFileSync(path),
    pages: text.error ? null : text.stdout.split('\f').filter((page) => page.trim()),
  };
}
