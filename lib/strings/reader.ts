/**
 * The reader pages' words: the chrome (header, menus, footer), the front page and listings, an
 * article's byline, footer and corrections, pagination; the search page; the share tools; the
 * embeds and galleries in an article body.
 */
export const reader = {
  skipToContent: 'Langsung ke konten',
  home: 'Beranda',
  homeLinkLabel: (siteName: string) => `${siteName}, ke beranda`,
  menu: 'Menu',
  sectionNavLabel: 'Rubrik',
  phoneMenuNavLabel: 'Menu rubrik',
  breadcrumbLabel: 'Jejak navigasi',
  searchLabel: 'Cari berita',
  searchPlaceholder: 'Cari berita…',
  searchButton: 'Cari',
  footerSectionsHeading: 'Rubrik',
  footerAboutHeading: 'Tentang',
  footerNavLabel: 'Tautan situs',
  copyright: (year: number, legalName: string) => `© ${year} ${legalName}. Hak cipta dilindungi.`,

  latestNews: 'Berita Terkini',
  moreInSection: (section: string) => `Lainnya di ${section}`,
  headlineNews: 'Berita Utama',

  by: 'Oleh',
  and: 'dan',
  updated: 'Diperbarui',
  readingTime: (minutes: number) => `${minutes} menit baca`,
  photoCredit: (credit: string) => `Foto: ${credit}`,
  sources: 'Sumber',
  tags: 'Tag',
  relatedArticles: 'Berita Terkait',
  aboutAuthor: 'Tentang penulis',
  moreFromAuthor: (name: string) => `Tulisan lain ${name}`,
  correctionsHeading: 'Ralat',
  correctionDated: (date: string) => `Ralat ${date}`,
  unverifiedNote:
    'Berita ini belum terverifikasi sepenuhnya dan akan diperbarui setelah redaksi memperoleh konfirmasi.',

  sectionHeading: (name: string) => name,
  tagHeading: (name: string) => `Tag: ${name}`,
  authorArticlesHeading: (name: string) => `Tulisan ${name}`,
  pageOf: (page: number, total: number) => `Halaman ${page} dari ${total}`,
  articleCount: (count: number) => `${count} berita`,
  paginationLabel: 'Navigasi halaman',
  previousPage: 'Sebelumnya',
  nextPage: 'Berikutnya',
  pageNumberLabel: (page: number) => `Halaman ${page}`,
  emptyList: 'Belum ada berita di sini.',
} as const;

/** The search page. */
export const search = {
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
  found: (count: number) => `${count.toLocaleString('id-ID')} berita ditemukan`,
  foundMany: (count: number) =>
    `Lebih dari ${count.toLocaleString('id-ID')} berita ditemukan; ${count.toLocaleString('id-ID')} yang terbaru diurutkan menurut kecocokan`,
  pageOf: (page: number, total: number) => `halaman ${page} dari ${total}`,
  partial: 'Tidak ada berita yang memuat semua kata kunci. Berikut berita yang memuat sebagian.',
  pageMissing: (page: number) => `Halaman ${page} tidak ada dalam hasil pencarian ini.`,
  firstPage: 'Kembali ke halaman pertama',
  resultsLabel: 'Hasil pencarian',
} as const;

/** The share tools; also handed to client/enhance.js through data attributes. */
export const share = {
  heading: 'Bagikan',
  shareTo: (platform: string) => `Bagikan ke ${platform}`,
  copyLink: 'Salin tautan',
  copied: 'Tautan disalin',
  copyFailed: 'Gagal menyalin tautan',
  nativeShare: 'Bagikan lewat aplikasi lain',
  linkLabel: 'Tautan berita',
} as const;

/** Embeds and galleries in an article body (lib/content/embed-html.ts, client/enhance.js). */
export const embed = {
  load: (provider: string) => `Muat dari ${provider}`,
  open: (provider: string) => `Buka di ${provider}`,
  untitled: (provider: string) => `Konten dari ${provider}`,
  feedLink: (provider: string, title: string) => `${provider}: ${title}`,
  galleryLabel: 'Galeri foto',
} as const;
