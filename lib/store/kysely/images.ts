import type { Kysely } from 'kysely';
import { DESK_IMAGE_TYPES, type DeskImage, type DeskImagesStore } from '../images-port';
import type { Database } from '../schema';

/** The desk's images (../images-port.ts) on Kysely, one implementation for both engines. */
export class KyselyDeskImages implements DeskImagesStore {
  constructor(private readonly db: Kysely<Database>) {}

  async putImage(image: DeskImage): Promise<string> {
    await this.db
      .insertInto('desk_images')
      .values({
        hash: image.hash,
        path: image.path,
        type: image.type,
        width: image.width,
        height: image.height,
        bytes: image.bytes,
        created_at: image.createdAt.toISOString(),
      })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
    const kept = await this.db
      .selectFrom('desk_images')
      .select('path')
      .where('hash', '=', image.hash)
      .executeTakeFirstOrThrow();
    return kept.path;
  }

  async image(path: string): Promise<DeskImage | undefined> {
    const row = await this.db
      .selectFrom('desk_images')
      .selectAll()
      .where('path', '=', path)
      .executeTakeFirst();
    if (!row) return undefined;
    const type = DESK_IMAGE_TYPES.find((known) => known === row.type) ?? 'image/jpeg';
    return {
      hash: row.hash,
      path: row.path,
      type,
      width: row.width,
      height: row.height,
      bytes: new Uint8Array(row.bytes),
      createdAt: new Date(row.created_at),
    };
  }
}

/** The desk images of an opened store (both engines are the Kysely store). */
export function deskImagesOf(store: { db: Kysely<Database> }): DeskImagesStore {
  return new KyselyDeskImages(store.db);
}

/** Only the bytes kept under `path` (the read port's `storedImage`). */
export async function storedImageBytes(
  db: Kysely<Database>,
  path: string,
): Promise<Uint8Array | undefined> {
  const row = await db
    .selectFrom('desk_images')
    .select('bytes')
    .where('path', '=', path)
    .executeTakeFirst();
  return row && new Uint8Array(row.bytes);
}
