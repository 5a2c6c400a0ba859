import type { Page } from 'playwright-core';

/**
 * What the page reports going wrong: Content Security Policy violations (in its console) and uncaught
 * errors. The list fills as the page runs; a test ends by expecting it empty.
 */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}
