/**
 * Full screen where the platform allows it. Browsers grant it only in answer to a user's gesture
 * (a native menu command may not count): a refusal leaves presentation mode in the window.
 */
export async function enterFullscreen(): Promise<boolean> {
  if (typeof document === 'undefined' || !document.fullscreenEnabled || document.fullscreenElement)
    return false;
  try {
    await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export async function exitFullscreen(): Promise<void> {
  if (typeof document === 'undefined' || !document.fullscreenElement) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (the user pressed Escape, which the browser handles itself).
  }
}
