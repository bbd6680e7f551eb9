// The optional host permission a server needs: its scheme and host, any port (browsers match
// host permissions without ports). Asked for in the options page, checked by the worker.
export function serverPermissionPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/** The host permissions saved sync settings use: the server's, the task list's and the hosts the rep approved. */
export function syncPermissionPatterns(
  settings: { serverUrl: string; collectionUrl?: string; approvedOrigins?: readonly string[] } | undefined,
): string[] {
  if (!settings) return [];
  const urls = [settings.serverUrl, ...(settings.collectionUrl ? [settings.collectionUrl] : []), ...(settings.approvedOrigins ?? [])];
  return [...new Set(urls.flatMap((url) => {
    try {
      return [serverPermissionPattern(url)];
    } catch {
      return [];
    }
  }))];
}
