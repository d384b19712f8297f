/** The search page's words (kept beside lib/strings.ts, which the layout owns). */
export const searchStrings = {
  pageTitle: 'Cari berita',
  resultsTitle: (query: string) => `Hasil pencarian “${query}”`,
  intro: 'Ketik nama tokoh, tempat, atau peristiwa, lalu tekan Cari.',
  noWords: (query: string) =>
    `Kata kunci “${query}” tidak memuat huruf atau angka. Coba dengan kata lain.`,
  noResults: (query: string) => `Tidak ada berita yang cocok dengan “${query}”.`,
  tipsHeading: 'Saran:',
  tips: [
    'Periksa ejaan kata kunci.',
    'Gunakan kata yang lebih umum, misalnya “banjir” alih-alih “banjir bandang”.',
    'Kurangi jumlah kata.',
  ],
  popularTopics: 'Topik populer',
  found: (count: number) => `${count} berita ditemukan`,
  pageOf: (page: number, total: number) => `halaman ${page} dari ${total}`,
  partial: 'Tidak ada berita yang memuat semua kata kunci. Berikut berita yang memuat sebagian.',
  pageMissing: (page: number) => `Halaman ${page} tidak ada dalam hasil pencarian ini.`,
  firstPage: 'Kembali ke halaman pertama',
  resultsLabel: 'Hasil pencarian',
} as const;
