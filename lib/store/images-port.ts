/**
 * Images uploaded from the newsroom desk as the store keeps them: the bytes the desk encoded,
 * keyed by their SHA-256, under the path content names them by. The desk writes through this
 * interface (lib/desk/uploads.ts); readers' routes and the ingest read a kept image's bytes
 * through the read port (`storedImage`, ./port.ts) to write it under public/ on an instance that
 * lacks it (./public-images.ts). lib/store/kysely/images.ts implements it for both engines.
 */

export const DESK_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type DeskImageType = (typeof DESK_IMAGE_TYPES)[number];

/** Where desk images live under public/, as content names them ("/images/desk/…"). */
export const DESK_IMAGES_PREFIX = '/images/desk/';

export interface DeskImage {
  /** SHA-256 of `bytes`, hex. */
  hash: string;
  /** "/images/desk/<yyyy>/<mm>/<first 16 hex digits of the hash>.<ext>". */
  path: string;
  type: DeskImageType;
  width: number;
  height: number;
  bytes: Uint8Array;
  createdAt: Date;
}

export interface DeskImagesStore {
  /**
   * Keeps an image, once: when an image with the same hash is kept already, nothing is written.
   * Answers the path the image is kept under (the earlier one's for the same bytes).
   */
  putImage(image: DeskImage): Promise<string>;
  /** The image kept under `path`, bytes and all. */
  image(path: string): Promise<DeskImage | undefined>;
}
