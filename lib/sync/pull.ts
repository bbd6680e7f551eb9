// Pull: ask the server what changed (one REPORT when nothing did), download only the items
// whose ETag differs from the one linked, apply them, then move the cursor. The cursor moves
// only after everything was applied, so an interrupted pull is simply repeated. Only the links
// and tasks of what the server listed are read: a delta with no changes reads none.
import { getSyncCursor, saveSyncCursor } from '../db/sync-store';
import type { SyncContext } from './context';
import { Picture } from './picture';
import { applyParsedItem, applyRemoteGone, loadFor, parseRemote } from './reconcile';

/** Items parsed and applied together: one read of their local side per batch. */
const APPLY_BATCH = 200;

export async function pull(ctx: SyncContext): Promise<void> {
  const picture = new Picture(ctx.db);
  const cursor = await getSyncCursor(ctx.db, ctx.collectionUrl);
  const listing = await ctx.client.listChanges(ctx.collectionUrl, cursor.syncToken, !cursor.noSyncCollection);
  const skipped = listing.mode === 'full' ? {} : { ...cursor.skipped };
  // A full listing names every member, so every link is compared (a missing one was deleted);
  // a delta names only what changed.
  if (listing.mode === 'full') await picture.loadAllLinks();
  else await picture.loadLinks([...listing.members.keys(), ...listing.deleted]);

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
  // Read before anything is applied, as the rest of the picture was.
  await picture.load({ hrefs: gone });

  const fetched = await ctx.client.fetchItems(ctx.collectionUrl, changed);
  for (let start = 0; start < fetched.length; start += APPLY_BATCH) {
    const batch = fetched.slice(start, start + APPLY_BATCH).map(parseRemote);
    await loadFor(picture, batch);
    for (const item of batch) await applyParsedItem(ctx, item, picture, skipped);
  }
  for (const href of gone) await applyRemoteGone(ctx, href, picture);

  await saveSyncCursor(ctx.db, {
    collectionUrl: ctx.collectionUrl,
    ...(listing.syncToken ? { syncToken: listing.syncToken } : {}),
    ...(listing.noSyncCollection || cursor.noSyncCollection ? { noSyncCollection: true } : {}),
    skipped,
  });
}
