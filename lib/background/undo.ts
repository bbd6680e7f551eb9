// Undo for a one-click create. A content script may delete only a task it created itself, a
// moment ago: the create reply carries a random token, remembered here for a short while.
// (Kept in memory on purpose: if the worker restarts, the toast's Undo says it is too late.)
export const UNDO_WINDOW_MS = 60_000;

export class UndoTokens {
  private readonly tokens = new Map<string, { token: string; expires: number }>();

  issue(taskId: string, now: number): string {
    this.prune(now);
    const token = crypto.randomUUID();
    this.tokens.set(taskId, { token, expires: now + UNDO_WINDOW_MS });
    return token;
  }

  /** True once for a matching, unexpired token; the token is spent either way. */
  redeem(taskId: string, token: string, now: number): boolean {
    const entry = this.tokens.get(taskId);
    this.tokens.delete(taskId);
    return !!entry && entry.token === token && entry.expires >= now;
  }

  private prune(now: number) {
    for (const [id, entry] of this.tokens) if (entry.expires < now) this.tokens.delete(id);
  }
}
