/** What set off a publication, as the server log names it. */
const publishingTriggers = {
  watch: 'perubahan berkas',
  reconcile: 'rekonsiliasi',
  schedule: 'jadwal terbit',
  remote: 'perintah terbit',
} as const;
type PublishTrigger = keyof typeof publishingTriggers;

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

  unavailableTitle: 'Halaman ini belum bisa dimuat',
  unavailableText:
    'Layanan data kami sedang terganggu sehingga halaman ini tidak dapat disusun saat ini. Berita yang sudah tersimpan tetap bisa dibaca.',
  unavailableRetry: 'Silakan muat ulang halaman ini dalam beberapa saat.',
  unavailableLog: (reason: string) =>
    `[toko konten] tidak terjangkau, halaman dijawab 503: ${reason}`,

  withdrawnTitle: 'Berita ini telah dicabut',
  withdrawnIntro: (site: string, title: string, published: string) =>
    `${site} mencabut berita "${title}" yang terbit ${published}.`,
  withdrawnOn: 'Dicabut pada',
  withdrawnReason: 'Alasan pencabutan',
  withdrawnPolicy: 'Pencabutan berita mengikuti Pedoman Pemberitaan Media Siber.',

  previewMarker: 'Pratinjau',
  previewNote: 'Draf ini belum terbit. Hanya pemegang tautan pratinjau yang dapat melihatnya.',

  /** Publishing: server log lines, the publish endpoint's answers, the publish command. */
  publishing: {
    trigger: publishingTriggers,
    published: (trigger: PublishTrigger, count: number) =>
      `[terbit] ${count} perubahan konten (${publishingTriggers[trigger]}); cache diperbarui.`,
    problemsHeading: (count: number) => `[terbit] Konten tidak valid: ${count} masalah ditemukan.`,
    ingestFailed: (trigger: PublishTrigger, message: string) =>
      `[terbit] Gagal membaca konten (${publishingTriggers[trigger]}): ${message}`,
    invalidateFailed: (message: string) => `[terbit] Gagal memperbarui cache: ${message}`,
    watcherStarted: (dir: string) => `[terbit] Memantau ${dir}; rekonsiliasi berkala aktif.`,
    watcherFailed: (message: string) =>
      `[terbit] Pemantau berkas gagal: ${message}; rekonsiliasi berkala tetap berjalan.`,
    scheduled: (count: number) => `[terbit] ${count} berita terjadwal kini tayang.`,
    scheduleFailed: (message: string) => `[terbit] Gagal memeriksa jadwal terbit: ${message}`,
    notifyFailed: (target: string, attempt: number, message: string) =>
      `[terbit] Pemberitahuan ${target} gagal (percobaan ${attempt}): ${message}`,
    notifyGaveUp: (target: string) =>
      `[terbit] Pemberitahuan ${target} dihentikan setelah beberapa percobaan.`,
    unauthorized: 'Rahasia penerbitan tidak ada atau salah.',
    disabled: 'Penerbitan jarak jauh tidak diaktifkan di server ini.',
    badRequest: 'Permintaan tidak valid: kirim JSON { files: [{ path, text }] }.',
    invalidContent: (count: number) => `Konten tidak valid: ${count} masalah ditemukan.`,
    notWired: 'Penyimpanan konten belum tersedia di server ini.',
    failed: 'Penerbitan gagal karena kesalahan server; konten yang tayang tidak berubah.',
    ok: (count: number) => `${count} perubahan diterbitkan.`,
    publishedRemote: (count: number) =>
      `[terbit] ${count} perubahan konten (perintah terbit); cache diperbarui.`,
    badPath: 'jalur berkas harus relatif di dalam folder konten dan berakhiran .md atau .yaml',
    previewInvalid: 'Tautan pratinjau tidak valid atau sudah kedaluwarsa.',
    cli: {
      usage: 'Pemakaian: npm run publish -- [--dry-run] <berkas…> (berkas di dalam folder konten)',
      noSecret: 'WARTA_PUBLISH_SECRET belum diisi: rahasia yang sama dengan server tujuan.',
      outsideContent: (file: string, dir: string) => `${file}: berkas harus di dalam ${dir}`,
      unreadable: (file: string, message: string) => `${file}: tidak dapat dibaca (${message})`,
      sending: (count: number, url: string) => `Mengirim ${count} berkas ke ${url} …`,
      refreshed: (url: string) => `Cache ${url} diperbarui.`,
      failed: (url: string, status: string) => `${url}: gagal (${status})`,
    },
  },
} as const;
