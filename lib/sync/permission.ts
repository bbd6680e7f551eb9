// The optional host permission a server needs: its scheme and host, any port (browsers match
// host permissions without ports). Asked for in the options page, checked by the worker.
export function serverPermissionPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
