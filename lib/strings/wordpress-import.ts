/** What `npm run import:wordpress` says: notes per post, the report, the summary. */
export const wordpressImport = {
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
    linkDropped: (href: string) =>
      `tautan ${href} bukan alamat http/https: dibuang, teksnya dipertahankan`,
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
  titleMarkup: 'judul berisi kode HTML: hanya teksnya yang diimpor (skrip dan gaya dibuang)',
  slugInvisible: (slug: string) =>
    `slug WordPress berisi karakter tak terlihat (zero-width atau pembalik arah): dibersihkan menjadi "${slug}"`,
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
      '           [--sections <pemetaan.yaml>] [--force] [--report <berkas.jsonl>] [--no-ingest]\n' +
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
    refused: (message: string) => `Ekspor ditolak, tidak ada yang diimpor: ${message}`,
    report: (file: string) => `Laporan: ${file}`,
  },
  authorBio: (name: string, site: string) => `${name} menulis untuk ${site}.`,
} as const;
