/**
 * A web address an element may link to, fetch or post to: http or https only,
 * given whole or relative to the page. Anything else (`javascript:`, `data:`,
 * `file:`…) is refused, so no attribute or data field can become a script
 * link. Returns the address as the browser resolves it, or null.
 */
export function safeUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  let url: URL;
  try {
    url = new URL(value.trim(), document.baseURI);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
