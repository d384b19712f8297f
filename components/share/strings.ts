/** The share tools' words (kept beside lib/strings.ts, which the layout owns). */
export const shareStrings = {
  heading: 'Bagikan',
  shareTo: (platform: string) => `Bagikan ke ${platform}`,
  copyLink: 'Salin tautan',
  copied: 'Tautan disalin',
  copyFailed: 'Gagal menyalin tautan',
  nativeShare: 'Bagikan lewat aplikasi lain',
  linkLabel: 'Tautan berita',
} as const;
