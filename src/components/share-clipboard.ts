/**
 * Copies text with the Clipboard API. False when the API is missing (an insecure origin, an old
 * browser) or the browser refuses (no permission, the page not focused): the caller then shows the
 * text in a field to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
