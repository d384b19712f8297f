/**
 * The Indonesian words the interface prints. Content (headlines, bodies, bios) comes from
 * lib/content; dates from lib/dates; this module holds only the chrome (the share tools' and
 * the search page's words sit beside their components).
 */
export const strings = {
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

  notFoundTitle: 'Halaman tidak ditemukan',
  notFoundText:
    'Maaf, halaman yang Anda cari tidak ada, sudah dipindahkan, atau alamatnya salah ketik.',
  notFoundSearchHint: 'Coba cari berita yang Anda maksud:',
  backToHome: 'Kembali ke beranda',

  withdrawnTitle: 'Berita ini telah dicabut',
  withdrawnIntro: (site: string, title: string, published: string) =>
    `${site} mencabut berita "${title}" yang terbit ${published}.`,
  withdrawnOn: 'Dicabut pada',
  withdrawnReason: 'Alasan pencabutan',
  withdrawnPolicy: 'Pencabutan berita mengikuti Pedoman Pemberitaan Media Siber.',
} as const;
