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
 * lib/content; dates from lib/dates; this module holds only the chrome.
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
  /** Answered by the request gate (lib/server) before any page is looked up. */
  badRequestTitle: 'Alamat tidak dapat dibaca',
  badRequestText:
    'Alamat halaman ini rusak atau mengandung karakter yang tidak sah, sehingga tidak dapat kami proses.',
  methodNotAllowedTitle: 'Permintaan tidak didukung',
  methodNotAllowedText:
    'Halaman ini hanya dapat dibuka untuk dibaca. Permintaan lain tidak diterima di alamat ini.',

  unavailableTitle: 'Halaman ini belum bisa dimuat',
  unavailableText:
    'Layanan data kami sedang terganggu sehingga halaman ini tidak dapat disusun saat ini. Berita yang sudah tersimpan tetap bisa dibaca.',
  unavailableRetry: 'Silakan muat ulang halaman ini dalam beberapa saat.',
  /** The 503 of a feed, sitemap or image, as plain text. */
  unavailableMachine: 'Layanan data kami sedang terganggu. Silakan coba lagi dalam beberapa saat.',
  unavailableLog: (reason: string) =>
    `[toko konten] tidak terjangkau, halaman dijawab 503: ${reason}`,
  /** A bad WARTA_MICRO_CACHE_SECONDS: the server keeps running on the default. */
  microCacheSettingIgnored: (raw: string, seconds: number) =>
    `[cache mikro] WARTA_MICRO_CACHE_SECONDS "${raw}" bukan jumlah detik (0 atau lebih); dipakai ${seconds} detik.`,

  withdrawnTitle: 'Berita ini telah dicabut',
  withdrawnIntro: (site: string, title: string, published: string) =>
    `${site} mencabut berita "${title}" yang terbit ${published}.`,
  withdrawnOn: 'Dicabut pada',
  withdrawnReason: 'Alasan pencabutan',
  withdrawnPolicy: 'Pencabutan berita mengikuti Pedoman Pemberitaan Media Siber.',

  previewMarker: 'Pratinjau',
  previewNote: 'Draf ini belum terbit. Hanya pemegang tautan pratinjau yang dapat melihatnya.',

  /** The search page. */
  search: {
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
  },

  /** The share tools; also handed to client/enhance.js through data attributes. */
  share: {
    heading: 'Bagikan',
    shareTo: (platform: string) => `Bagikan ke ${platform}`,
    copyLink: 'Salin tautan',
    copied: 'Tautan disalin',
    copyFailed: 'Gagal menyalin tautan',
    nativeShare: 'Bagikan lewat aplikasi lain',
    linkLabel: 'Tautan berita',
  },

  /** Embeds and galleries in an article body (lib/content/embed-html.ts, client/enhance.js). */
  embed: {
    load: (provider: string) => `Muat dari ${provider}`,
    open: (provider: string) => `Buka di ${provider}`,
    untitled: (provider: string) => `Konten dari ${provider}`,
    feedLink: (provider: string, title: string) => `${provider}: ${title}`,
    galleryLabel: 'Galeri foto',
  },

  /**
   * What content:check, the ingest and the publish endpoint say about a content file, one
   * problem per field (lib/content/schema.ts, load.ts, body-check.ts, body-directives.ts).
   */
  content: {
    required: 'wajib diisi',
    text: 'harus berupa teks',
    idFormat: 'hanya huruf kecil, angka, dan tanda hubung (contoh: "a1b2c3d4")',
    slugFormat: 'hanya huruf kecil, angka, dan tanda hubung',
    slugReserved: 'slug ini dipakai situs sendiri (ruang redaksi); pilih slug lain',
    fieldText: (label: string) => `${label} harus berupa teks`,
    fieldEmpty: (label: string) => `${label} tidak boleh kosong`,
    instant: 'harus berupa tanggal dan jam dengan zona waktu (contoh: 2024-12-23T10:15:00+07:00)',
    instantFormat: 'format tanggal harus "YYYY-MM-DDTHH:MM:SS+07:00" (dengan zona waktu)',
    noSuchDate: 'tanggal tidak ada di kalender',
    httpUrl: 'harus berupa URL lengkap yang diawali http:// atau https://',
    imagePath: 'harus berupa path gambar',
    imagePathFormat:
      'harus berupa path di bawah /images/ yang berakhiran .jpg, .jpeg, .png, atau .webp',
    /** `what`: the field ("image.src") or, in a body, the image ('gambar "/images/…"'). */
    imagePathEscapes: (what: string) =>
      `${what} tidak boleh memuat segmen "." atau ".." (juga tersandi, %2e), garis miring terbalik, atau garis miring tersandi; tulis path langsung di bawah /images/`,
    bodyImage: (src: string) => `gambar "${src}"`,
    imageOutsidePublic: (src: string) => `path gambar "${src}" mengarah ke luar folder public/`,
    maxChars: (max: number, what?: string) =>
      what ? `${what} paling banyak ${max} karakter` : `paling banyak ${max} karakter`,
    maxTags: (max: number) => `paling banyak ${max} tag`,
    listOf: (what: string) => `harus berupa daftar ${what}`,
    atLeastOne: (what: string) => `harus ada setidaknya satu ${what}`,
    status: 'harus "draft" atau "published"',
    boolean: 'harus true atau false',
    email: 'harus berupa alamat e-mail',
    number: 'harus berupa angka',
    updatedBeforePublished: 'tidak boleh lebih awal dari publishedAt',
    relatedToItself: 'artikel tidak boleh terkait dengan dirinya sendiri',
    /** Field names as the messages above name them. */
    label: {
      alt: 'Teks alternatif (alt)',
      caption: 'Keterangan foto',
      credit: 'Kredit foto',
      sourceName: 'Nama sumber',
      correction: 'Isi ralat',
      withdrawalReason: 'Alasan pencabutan',
      title: 'Judul',
      summary: 'Ringkasan',
      tag: 'Tag',
      dateline: 'Dateline',
      name: 'Nama',
      role: 'Jabatan',
      bio: 'Biografi',
      sectionName: 'Nama rubrik',
      sectionDescription: 'Deskripsi rubrik',
      description: 'Deskripsi',
    },
    /** What the lists hold, for listOf and atLeastOne. */
    noun: {
      tags: 'tag',
      authorIds: 'id penulis',
      author: 'penulis',
      sources: 'sumber',
      articleIds: 'id artikel',
      corrections: 'ralat',
      urls: 'URL',
      sections: 'rubrik',
      alt: 'alt',
      title: 'judul',
      summary: 'ringkasan',
      dateline: 'dateline',
      bio: 'biografi',
    },
    fileField: '(berkas)',
    frontmatterField: '(frontmatter)',
    bodyField: 'isi',
    missingFile: 'berkas tidak ada',
    unreadable: (message: string) => `tidak bisa dibaca: ${message}`,
    brokenYaml: (message: string) => `YAML rusak: ${message}`,
    duplicateSectionId: (id: string) => `id "${id}" ganda`,
    idMustMatchFile: (expected: string) => `harus sama dengan nama berkas ("${expected}")`,
    idTaken: (id: string, file: string) => `id "${id}" sudah dipakai oleh ${file}`,
    slugTaken: (slug: string, file: string) => `slug "${slug}" sudah dipakai oleh ${file}`,
    unknownSection: (id: string) => `rubrik "${id}" tidak ada di sections.yaml`,
    unknownAuthor: (id: string) => `penulis "${id}" tidak ada di content/authors`,
    unknownArticle: (id: string) => `artikel "${id}" tidak ada`,
    readAlsoUnknown: (directive: string, id: string) =>
      `::${directive} merujuk ke artikel "${id}" yang tidak ada`,
    readAlsoDraft: (directive: string, id: string) =>
      `::${directive} merujuk ke artikel draft "${id}"`,
    missingImage: (file: string) => `berkas gambar ${file} tidak ada atau rusak`,
    unsafeHtml: (what: string) => `HTML tidak aman (${what}) tidak diizinkan di isi artikel`,
    rawHtml: 'HTML mentah tidak didukung di isi artikel; gunakan Markdown',
    unsafeLink: (url: string) => `tautan tidak aman: "${url}"`,
    remoteImage: (url: string) => `gambar harus berkas lokal di bawah /images/, bukan "${url}"`,
    imageWithoutAlt: 'gambar wajib punya teks alternatif',
    unknownBlock: (name: string, available: string | readonly string[]) =>
      `blok "::${name}" tidak dikenal; yang tersedia: ${
        typeof available === 'string' ? `::${available}{id=…}` : available.join(', ')
      }`,
    readAlsoWithoutId: (directive: string) =>
      `::${directive} harus menyebut id artikel, contoh ::${directive}{id=a1b2c3d4}`,
    directiveLabel: (directive: string) =>
      `${directive} tidak memakai teks dalam [ ]; tulis judulnya di atribut title="…"`,
    directiveAttribute: (directive: string, name: string, allowed: readonly string[]) =>
      `${directive} tidak mengenal atribut "${name}"; yang tersedia: ${allowed.join(', ')}`,
    directiveValueTooLong: (directive: string, name: string, max: number) =>
      `${directive} ${name} paling banyak ${max} karakter`,
    embedWithoutUrl: (directive: string) =>
      `::${directive} harus menyebut url, contoh ::${directive}{url="https://www.youtube.com/watch?v=…" title="…"}`,
    embedUrlTooLong: (directive: string, max: number) =>
      `::${directive} url paling banyak ${max} karakter`,
    embedUnsafeUrl: (directive: string, url: string) => `::${directive} url tidak aman: "${url}"`,
    embedNotUrl: (directive: string, url: string) =>
      `::${directive} url "${url}" bukan URL lengkap yang diawali https://`,
    embedUnknownProvider: (directive: string, host: string, providers: readonly string[]) =>
      `::${directive} url dari "${host}" tidak didukung; yang didukung: ${providers.join(', ')}`,
    embedBadUrl: (directive: string, provider: string, url: string, example: string) =>
      `::${directive} url ${provider} "${url}" tidak dikenali; bentuk yang benar misalnya ${example}`,
    brokenBlock: (text: string) =>
      `"${text}" tidak terbaca sebagai blok; periksa tanda kutip dan kurung kurawal {…}`,
    galleryChild: (gallery: string, photo: string) =>
      `:::${gallery} hanya boleh berisi baris ::${photo}{src="/images/…" alt="…"}`,
    galleryEmpty: (gallery: string, photo: string) =>
      `:::${gallery} harus berisi setidaknya satu ::${photo}`,
    galleryTooBig: (gallery: string, max: number) => `:::${gallery} paling banyak ${max} foto`,
    photoOutsideGallery: (photo: string, gallery: string) =>
      `::${photo} hanya boleh berada di dalam :::${gallery}`,
    photoWithoutSrc: (photo: string) =>
      `::${photo} harus menyebut src, contoh src="/images/foto.jpg"`,
    photoSrc: (photo: string, src: string) =>
      `::${photo} src "${src}" harus berupa path di bawah /images/ yang berakhiran .jpg, .jpeg, .png, atau .webp`,
    photoWithoutAlt: (photo: string) => `::${photo} wajib punya teks alternatif (alt)`,
    notContentFile: 'bukan berkas konten (articles/, authors/, pages/, sections.yaml)',
    progress: (label: string, done: number, total: number, perSecond: number, left: number) =>
      `  ${label}: ${done}/${total} berkas (${perSecond}/s, sisa ± ${left} s)`,
    parseWorkersFailed: (reason: string) =>
      `Pengurai paralel tidak dapat dipakai (${reason}); berkas diurai di proses utama.`,
    noWorkerScript: 'skrip pekerja tidak tersedia',
    concurrentIngest: 'Instans lain sedang memuat konten yang sama; memuat ulang sekali lagi …',
    referenceDeleted: (id: string) =>
      `merujuk ke artikel "${id}" yang berkasnya sudah dihapus; hapus rujukan itu`,
  },

  /** Publishing: server log lines, the publish endpoint's answers, the publish command. */
  /** The newsroom desk (lib/desk, /ruang-redaksi). */
  desk: {
    name: 'Ruang Redaksi',
    roles: { penulis: 'Penulis', editor: 'Editor', admin: 'Admin' },
    signInTitle: 'Masuk ke Ruang Redaksi',
    email: 'Email',
    password: 'Kata sandi',
    name_: 'Nama',
    role: 'Peran',
    signInButton: 'Masuk',
    signOutButton: 'Keluar',
    signOutEverywhereButton: 'Keluar dari semua perangkat',
    signInFailed: 'Email atau kata sandi salah.',
    signInLimited: (minutes: number) =>
      `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.`,
    signedOut: 'Anda sudah keluar.',
    signedOutEverywhere: 'Anda sudah keluar dari semua perangkat.',
    refusedOrigin: 'Permintaan ditolak: formulir ini harus dikirim dari halaman Ruang Redaksi.',
    refusedToken: 'Formulir ini sudah kedaluwarsa. Muat ulang halaman lalu coba lagi.',
    refusedRole: 'Peran Anda tidak mengizinkan tindakan ini.',
    tooLarge: 'Isian formulir terlalu besar.',
    signedInAs: (name: string, role: string) => `Masuk sebagai ${name} (${role})`,
    navLabel: 'Menu Ruang Redaksi',
    articlesHeading: 'Artikel',
    articlesNote: 'Penyunting artikel menyusul; daftar ini menampilkan isi basis data konten.',
    articlesEmpty: 'Belum ada artikel.',
    headline: 'Judul',
    status: 'Status',
    articleStatus: { draft: 'Draf', scheduled: 'Terjadwal', published: 'Terbit' },
    peopleHeading: 'Orang dan peran',
    peopleLink: 'Orang dan peran',
    addPersonHeading: 'Tambah orang',
    addPersonButton: 'Tambah',
    changeRoleButton: 'Ubah peran',
    disableButton: 'Nonaktifkan',
    enableButton: 'Aktifkan',
    signOutUserButton: 'Keluarkan dari semua perangkat',
    disabled: 'nonaktif',
    active: 'aktif',
    auditHeading: 'Log audit',
    auditWhen: 'Waktu',
    auditWho: 'Oleh',
    auditWhat: 'Tindakan',
    auditTarget: 'Sasaran',
    auditSystem: 'sistem',
    personAdded: (email: string) => `${email} ditambahkan.`,
    roleChanged: (email: string, role: string) => `Peran ${email} kini ${role}.`,
    personDisabled: (email: string) =>
      `${email} dinonaktifkan dan dikeluarkan dari semua perangkat.`,
    personEnabled: (email: string) => `${email} diaktifkan kembali.`,
    personSignedOut: (email: string) => `${email} dikeluarkan dari semua perangkat.`,
    emailTaken: 'Email itu sudah terdaftar.',
    emailInvalid: 'Email tidak valid.',
    nameRequired: 'Nama wajib diisi.',
    roleInvalid: 'Peran harus penulis, editor, atau admin.',
    passwordTooShort: (min: number) => `Kata sandi minimal ${min} karakter.`,
    passwordTooLong: (max: number) => `Kata sandi maksimal ${max} karakter.`,
    unknownPerson: 'Orang itu tidak ditemukan.',
    lastAdmin: 'Harus tetap ada satu admin aktif.',
    setupTitle: 'Siapkan admin pertama',
    setupIntro: 'Buat akun admin pertama Ruang Redaksi. Tautan ini hanya berlaku sekali.',
    setupButton: 'Buat admin',
    setupInvalid:
      'Tautan penyiapan ini tidak berlaku: sudah dipakai, kedaluwarsa, atau salah. Buat tautan baru dengan "npm run desk -- setup-link".',
    setupDone: 'Admin pertama sudah ada. Silakan masuk.',
    setupLinkLog: (url: string, hours: number) =>
      `[ruang-redaksi] Belum ada admin. Buat admin pertama lewat tautan sekali pakai ini (berlaku ${hours} jam):\n${url}`,
    cli: {
      usage:
        'Pemakaian: npm run desk -- user add <email> --role <penulis|editor|admin> [--name <nama>]  (kata sandi dari masukan standar)\n' +
        '           npm run desk -- user list\n' +
        '           npm run desk -- user role <email> <penulis|editor|admin>\n' +
        '           npm run desk -- user disable <email>\n' +
        '           npm run desk -- user enable <email>\n' +
        '           npm run desk -- setup-link',
      passwordPrompt: 'Kata sandi (dibaca dari masukan standar): ',
      added: (email: string, role: string) => `${email} ditambahkan sebagai ${role}.`,
      roleChanged: (email: string, role: string) => `Peran ${email} kini ${role}.`,
      disabled: (email: string, sessions: number) =>
        `${email} dinonaktifkan; ${sessions} sesi diakhiri.`,
      enabled: (email: string) => `${email} diaktifkan kembali.`,
      noUsers: 'Belum ada pengguna.',
      adminExists: 'Sudah ada admin aktif: tautan penyiapan tidak diperlukan.',
      setupLink: (url: string, hours: number) =>
        `Tautan penyiapan admin pertama (sekali pakai, berlaku ${hours} jam):\n${url}`,
    },
  },
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
    tooLarge: (megabytes: number) =>
      `Permintaan terlalu besar: paling banyak ${megabytes} MB per pengiriman; kirim berkas dalam beberapa kali.`,
    invalidContent: (count: number) => `Konten tidak valid: ${count} masalah ditemukan.`,
    notWired: 'Penyimpanan konten belum tersedia di server ini.',
    failed: 'Penerbitan gagal karena kesalahan server; konten yang tayang tidak berubah.',
    storeUnavailable:
      'Basis data konten sedang tidak terjangkau; konten yang tayang tidak berubah. Coba lagi sebentar lagi.',
    ok: (count: number) => `${count} perubahan diterbitkan.`,
    publishedRemote: (count: number) =>
      `[terbit] ${count} perubahan konten (perintah terbit); cache diperbarui.`,
    badPath: 'jalur berkas harus relatif di dalam folder konten dan berakhiran .md atau .yaml',
    previewInvalid:
      'Tautan pratinjau tidak valid: tautan ini rusak, diubah, atau dibuat dengan rahasia pratinjau yang sudah diganti. Minta tautan baru kepada redaksi.',
    previewExpired: (when: string) =>
      `Tautan pratinjau ini sudah kedaluwarsa sejak ${when}. Minta tautan baru kepada redaksi.`,
    cli: {
      usage:
        'Pemakaian: npm run publish -- [--dry-run] <berkas…> (berkas di dalam folder konten)\n' +
        '           npm run publish -- --pratinjau <id artikel> (tautan pratinjau draf)',
      noPreviewSecret:
        'WARTA_PREVIEW_SECRET belum diisi: rahasia pratinjau yang sama dengan server tujuan.',
      previewBadId: (id: string) =>
        `"${id}" bukan id artikel (huruf kecil, angka, dan tanda hubung).`,
      previewLink: (id: string, url: string) => `Tautan pratinjau ${id}: ${url}`,
      previewExpires: (when: string, days: number) =>
        `Berlaku sampai ${when} (${days.toLocaleString('id-ID')} hari; atur dengan WARTA_PREVIEW_DAYS).`,
      noSecret: 'WARTA_PUBLISH_SECRET belum diisi: rahasia yang sama dengan server tujuan.',
      outsideContent: (file: string, dir: string) => `${file}: berkas harus di dalam ${dir}`,
      unreadable: (file: string, message: string) => `${file}: tidak dapat dibaca (${message})`,
      sending: (count: number, url: string) => `Mengirim ${count} berkas ke ${url} …`,
      refreshed: (url: string) => `Cache ${url} diperbarui.`,
      failed: (url: string, status: string) => `${url}: gagal (${status})`,
    },
  },
  /** What `npm run import:wordpress` says: notes per post, the report, the summary. */
  wordpressImport: {
    reader: {
      invalidXml: (message: string) => `XML tidak sah: ${message}`,
      doctype:
        'deklarasi DOCTYPE ditolak (entitas tidak pernah dideklarasikan, diperluas, atau diambil dari berkas atau URL)',
      tooDeep: (depth: number) => `elemen bersarang lebih dari ${depth} tingkat`,
      notWxr: (what: string) => `bukan ekspor WordPress (${what})`,
    },
    notes: {
      shortcodeDropped: (name: string) => `shortcode [${name}] tidak diimpor`,
      layoutShortcode: (name: string) => `tata letak [${name}] dilepas, isinya dipertahankan`,
      unknownShortcode: (name: string) =>
        `shortcode [${name}] tidak dikenal: dibuang, isinya (jika ada) dipertahankan`,
      unknownBlock: (name: string) => `blok ${name} tidak dikenal: hanya isinya yang diimpor`,
      dynamicBlock: (name: string) =>
        `blok dinamis ${name} tidak diimpor (isinya dibuat WordPress saat tayang)`,
      reusableBlock: (ref: string) => `blok bersama #${ref} tidak diimpor`,
      embedWithoutUrl: 'sematan tanpa URL tidak diimpor',
      embedAsLink: (url: string) => `sematan ${url} bukan penyedia yang didukung: diganti tautan`,
      mediaAsLink: (url: string) => `audio/video ${url} diganti tautan ke berkasnya`,
      imageMissing: (url: string) =>
        `gambar ${url} tidak tersedia (tidak ada di folder unggahan atau bukan JPEG/PNG/WebP): dibuang`,
      galleryEmpty: 'galeri tanpa foto yang tersedia tidak diimpor',
      elementDropped: (tag: string) => `elemen <${tag}> dibuang`,
      iframeDropped: (src: string) => `iframe ${src} bukan sematan yang didukung: dibuang`,
      residue: 'sisa kode WordPress (shortcode atau komentar blok) dibuang',
      defaultAlt: 'Gambar ilustrasi',
    },
    passwordProtected: 'dilindungi kata sandi di WordPress: diimpor sebagai draf (tidak tayang)',
    privatePost: 'pribadi (private) di WordPress: diimpor sebagai draf (tidak tayang)',
    statusNotImported: (status: string) => `status WordPress "${status}" tidak diimpor`,
    truncated: (fields: string) => `isian terlalu panjang dan terpotong (${fields}): tidak diimpor`,
    untitled: (id: number) => `Tanpa judul (${id})`,
    noDate: 'tanpa tanggal terbit yang terbaca',
    tooManyTags: (count: number) => `${count} tag; hanya 12 pertama yang diimpor`,
    featuredUnavailable: (url: string) =>
      `gambar utama ${url} tidak tersedia: memakai gambar bawaan situs`,
    noFeaturedImage: 'tanpa gambar utama: memakai gambar bawaan situs',
    pageNotPublic: (status: string) => `halaman berstatus "${status}" tidak diimpor`,
    authorRole: 'Penulis',
    defaultImageAlt: (site: string) => `Gambar bawaan ${site}`,
    noSections: (file: string, why: string) => `${file}: daftar rubrik tidak terbaca (${why})`,
    badSectionMap: (file: string, why: string) => `${file}: pemetaan rubrik tidak valid (${why})`,
    unknownSections: (file: string, ids: string[]) =>
      `${file}: rubrik ${ids.join(', ')} tidak ada di content/sections.yaml`,
    seconds: (n: number) => `${n} dtk`,
    minutes: (n: number) => `${n} mnt`,
    progress: (done: number, total: number, left: string) =>
      `Mengimpor ${done}/${total} (${total ? Math.floor((done / total) * 100) : 100}%), sisa ± ${left}`,
    slugTaken: (taken: string, used: string) =>
      `slug "${taken}" sudah dipakai berkas lain: memakai "${used}"`,
    pageExists: (slug: string) => `halaman "${slug}" sudah ada di Warta: tidak ditimpa`,
    editedKept:
      'berkas sudah diubah di Warta sejak impor: tidak ditimpa (pakai --force untuk menimpa)',
    foreignKept: 'berkas dengan nama itu sudah ada dan bukan hasil impor: tidak ditimpa',
    scheduled: 'terjadwal: tayang pada tanggal terbitnya',
    ingestProblem: (field: string, message: string) =>
      `ditolak saat dimuat: ${field ? `${field}: ` : ''}${message}`,
    cli: {
      usage:
        'Pemakaian: npm run import:wordpress -- <ekspor.xml> [--uploads <folder wp-content/uploads>]\n' +
        '           [--sections <pemetaan.yaml>] [--force] [--report <berkas.json>] [--no-ingest]\n' +
        '           [--dateline <teks>] [--utc-offset +07:00]',
      noFile: (file: string) => `${file}: tidak ditemukan`,
      badOffset: (value: string) => `--utc-offset "${value}": tulis seperti +07:00`,
      proposedSections:
        'Tanpa --sections: usulan pemetaan kategori → rubrik (simpan sebagai berkas YAML, sunting, lalu jalankan lagi dengan --sections):',
      header: (file: string, site: string, version: string) =>
        `Impor WordPress ${file} (${site}, WXR ${version}):`,
      articles: 'artikel',
      pages: 'halaman',
      line: (what: string, imported: number, approximate: number, skipped: number) =>
        `  ${what}: ${imported} diimpor, ${approximate} diimpor dengan penyesuaian, ${skipped} tidak diimpor`,
      others: (authors: number, images: number, redirects: number, other: number) =>
        `  penulis baru: ${authors}, gambar disalin: ${images}, alamat lama: ${redirects}, butir lain dilewati: ${other}`,
      writes: (writes: Record<string, number>) =>
        `  berkas: ${writes.new ?? 0} baru, ${writes.update ?? 0} diperbarui, ${writes.unchanged ?? 0} tidak berubah, ${(writes.edited ?? 0) + (writes.foreign ?? 0)} tidak ditimpa`,
      ingestProblems: (count: number) =>
        `  ${count} masalah saat dimuat ke basis data (lihat laporan)`,
      readError: (message: string) => `Ekspor tidak terbaca sampai akhir: ${message}`,
      report: (file: string) => `Laporan: ${file}`,
    },
    authorBio: (name: string, site: string) => `${name} menulis untuk ${site}.`,
  },
} as const;
