/** The newsroom desk's first path segment: no content may take it (lib/content/schema.ts). */
export const DESK_SEGMENT = 'ruang-redaksi';

/** The desk's paths. Its session cookie is scoped to `home`, so no reader page ever gets it. */
export const deskPaths = {
  home: `/${DESK_SEGMENT}`,
  signIn: `/${DESK_SEGMENT}/masuk`,
  signOut: `/${DESK_SEGMENT}/keluar`,
  people: `/${DESK_SEGMENT}/orang`,
  setup: `/${DESK_SEGMENT}/siapkan`,
  stylesheet: `/${DESK_SEGMENT}/gaya.css`,
  autosaveScript: `/${DESK_SEGMENT}/autosimpan.js`,
  /** A content-hashed file of the desk's asset build (the body editor), kept for a year. */
  asset: (name: string) => `/${DESK_SEGMENT}/aset/${encodeURIComponent(name)}`,
  /** POST: the body as the article page renders it (the editor's live preview). */
  previewBody: `/${DESK_SEGMENT}/pratinjau/isi`,
  /** POST: the form's article as its page would look, a private page of the desk. */
  preview: `/${DESK_SEGMENT}/pratinjau`,
  upload: `/${DESK_SEGMENT}/gambar`,
  newArticle: `/${DESK_SEGMENT}/artikel/baru`,
  article: (id: string) => `/${DESK_SEGMENT}/artikel/${encodeURIComponent(id)}`,
  /** Where the editor's script sends what is typed: the article's, or the new article's. */
  autosave: (id?: string) =>
    `/${DESK_SEGMENT}/artikel/${id ? encodeURIComponent(id) : 'baru'}/autosimpan`,
  revisions: (id: string) => `/${DESK_SEGMENT}/artikel/${encodeURIComponent(id)}/revisi`,
} as const;
