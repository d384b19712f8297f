/**
 * What the server answers instead of a page: the 404, the request gate's 400 and 405, the 503
 * while the content store is unreachable (and the log lines around it), a withdrawn article,
 * and the marker on a draft's preview.
 */
export const statusPages = {
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
} as const;
