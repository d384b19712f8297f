/**
 * The share tools' words. They sit beside the client leaf that shows them rather than in
 * lib/strings.ts, so the browser downloads these few and not the whole dictionary.
 */
export const shareStrings = {
  heading: 'Bagikan',
  shareTo: (platform: string) => `Bagikan ke ${platform}`,
  copyLink: 'Salin tautan',
  copied: 'Tautan disalin',
  copyFailed: 'Gagal menyalin tautan',
  nativeShare: 'Bagikan lewat aplikasi lain',
  linkLabel: 'Tautan berita',
} as const;
