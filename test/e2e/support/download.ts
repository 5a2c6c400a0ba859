import type { Download } from 'playwright-core';

/**
 * A download's bytes, read through Playwright's stream: the browser is shared by the run's files
 * (shared-chromium.ts), and a browser connected to, not launched, gives no local path.
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A download's text (UTF-8). */
export async function downloadedText(download: Download): Promise<string> {
  return (await downloadedBytes(download)).toString('utf8');
}
