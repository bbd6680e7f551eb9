// Pull: ask the server what changed (one REPORT when nothing did), download only the items
// whose ETag differs from the one linked, apply them, then move the cursor. The cursor moves
// only after everything was applied, so an interrupted pull is simply repeated.
import { getSyncCursor, saveSyncCursor } from '../db/sync-store';
import type { SyncContext } from './context';
import { takePicture } from './picture';
import { applyRemoteGone, applyRemoteItem } from './reconcile';

export async function pull(ctx: SyncContext): Promise<void> {
  const cursor = await getSyncCursor(ctx.db, ctx.collectionUrl);
  const listing = await ctx.client.listChanges(ctx.collectionUrl, cursor.syncToken, !cursor.noSyncCollection);
  const picture = await takePicture(ctx.db);
  const skipped = listing.mode === 'full' ? {} : { ...cursor.skipped };

  const changed: string[] = [];
  for (const [href, etag] of listing.members) {
    if (picture.itemsByHref.get(href)?.etag === etag) continue;
    // A skipped (malformed) item is fetched again only once it changes.
    if (cursor.skipped[href] === etag) {
      skipped[href] = etag;
      continue;
    }
    changed.push(href);
  }
  const gone = listing.mode === 'full'
    ? [...picture.itemsByHref.keys()].filter((href) => !listing.members.has(href))
    : listing.deleted;
  for (const href of listing.deleted) delete skipped[href];

  for (const remote of await ctx.client.fetchItems(ctx.collectionUrl, changed)) {
    await applyRemoteItem(ctx, remote, picture, skipped);
  }
  for (const href of gone) await applyRemoteGone(ctx, href, picture);

  await saveSyncCursor(ctx.db, {
    collectionUrl: ctx.collectionUrl,
    ...(listing.syncToken ? { syncToken: listing.syncToken } : {}),
    ...(listing.noSyncCollection || cursor.noSyncCollection ? { noSyncCollection: true } : {}),
    skipped,
  });
}
