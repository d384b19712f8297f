/**
 * The share tools' words, also handed to client/enhance.js through data attributes.
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
