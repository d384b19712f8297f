/**
 * What content:check, the ingest and the publish endpoint say about a content file, one problem
 * per field (lib/content/schema.ts, load.ts, body-check.ts, body-directives.ts).
 */
export const content = {
  required: 'wajib diisi',
  text: 'harus berupa teks',
  idFormat: 'hanya huruf kecil, angka, dan tanda hubung (contoh: "a1b2c3d4")',
  slugFormat: 'hanya huruf kecil, angka, dan tanda hubung',
  slugReserved:
    'slug ini alamat situs sendiri (seperti /berita, /kanal, /ruang-redaksi); pilih slug lain',
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
  /** The old addresses an import recorded beside the content (lib/content/old-addresses.ts). */
  oldAddressLine: (line: number) => `redirects (baris ${line})`,
  oldAddressUnreadable: (message: string) => `tidak terbaca: ${message}`,
  oldAddressNotPath: 'alamat lama dan tujuannya harus berupa jalur situs ini (diawali "/")',
  progress: (label: string, done: number, total: number, perSecond: number, left: number) =>
    `  ${label}: ${done}/${total} berkas (${perSecond}/s, sisa ± ${left} s)`,
  parseWorkersFailed: (reason: string) =>
    `Pengurai paralel tidak dapat dipakai (${reason}); berkas diurai di proses utama.`,
  noWorkerScript: 'skrip pekerja tidak tersedia',
  concurrentIngest: 'Instans lain sedang memuat konten yang sama; memuat ulang sekali lagi …',
  referenceDeleted: (id: string) =>
    `merujuk ke artikel "${id}" yang berkasnya sudah dihapus; hapus rujukan itu`,
} as const;
