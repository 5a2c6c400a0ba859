import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { reportContentSecurityPolicy } from '../../shared/report/content-security-policy';

describe('reportContentSecurityPolicy', () => {
  it('allows exactly the stylesheet by its SHA-256 in base64, and nothing else', () => {
    for (const sheet of ['', 'a', 'ab', 'body { color: #111; }', '汉字 ✓']) {
      const hash = createHash('sha256').update(sheet, 'utf8').digest('base64');
      const policy = reportContentSecurityPolicy(sheet);
      expect(policy).toContain(`style-src 'sha256-${hash}'`);
      expect(policy).toMatch(/^default-src 'none'; /);
      expect(policy).not.toMatch(/script-src|unsafe/);
    }
  });
});
