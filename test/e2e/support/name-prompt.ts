import type { Page } from 'playwright-core';

/**
 * Answers the first-start "Your name" prompt with "Not now", where it shows (a fresh data folder): the
 * screenshots and the UI bench show the app as a returning user sees it. The answer is kept in the
 * settings, so later pages of the same preview never show the prompt.
 */
export async function dismissNamePrompt(page: Page): Promise<void> {
  const skip = page.getByRole('button', { name: 'Not now' });
  try {
    await skip.waitFor({ timeout: 3000 });
  } catch {
    return; // Already answered for this data folder.
  }
  await skip.click();
  await skip.waitFor({ state: 'detached' });
}
