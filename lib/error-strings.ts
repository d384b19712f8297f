/**
 * The error boundaries' words. They run in the browser, so they get a module of their own
 * instead of pulling the whole of lib/strings.ts into every page's JavaScript; lib/strings.ts
 * re-exports them. `lang` is the language these words are written in.
 */
export const errorStrings = {
  lang: 'id',
  errorTitle: 'Terjadi kesalahan',
  errorText: 'Maaf, halaman ini gagal dimuat. Silakan coba lagi sebentar lagi.',
  retry: 'Coba lagi',
  backToHome: 'Kembali ke beranda',
} as const;
