import { deskEditor } from './desk-editor';

/** The newsroom desk (lib/desk, /ruang-redaksi) and its command, `npm run desk`. */
export const desk = {
  name: 'Ruang Redaksi',
  editor: deskEditor,
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
  articlesNote:
    'Draf dan ajuan Ruang Redaksi, lalu artikel di basis data konten, yang terbaru lebih dulu.',
  articlesEmpty: 'Belum ada artikel.',
  /** The editor's autosave (lib/desk/autosave-script.ts) and the offer to restore it. */
  autosave: {
    offer: (when: string) => `Ada ketikan yang belum disimpan dari ${when}.`,
    restore: 'Pulihkan ketikan terakhir',
    restored: 'Ketikan terakhir dipulihkan ke formulir. Tekan Simpan untuk menyimpannya.',
    saved: 'Ketikan tersimpan otomatis.',
    failed: 'Ketikan belum tersimpan otomatis; salinannya ada di peramban ini.',
    restoreLocal: 'Pulihkan ketikan yang tersimpan di peramban ini',
  },
  /** Uploading an image (/ruang-redaksi/gambar). */
  upload: {
    heading: 'Unggah gambar',
    formHeading: 'Gambar baru',
    another: 'Unggah gambar lain',
    file: 'Berkas gambar',
    fileHint: 'JPEG, PNG atau WebP, paling besar 10 MB.',
    alt: 'Teks alternatif',
    altHint: 'Apa yang terlihat di gambar, untuk pembaca yang tidak melihatnya.',
    caption: 'Keterangan',
    credit: 'Kredit',
    button: 'Unggah gambar',
    done: 'Gambar tersimpan. Salin nilainya ke artikel.',
    resultHeading: 'Gambar yang diunggah',
    path: 'Alamat gambar (Gambar utama)',
    markdown: 'Markdown untuk Isi',
    frontmatter: 'Frontmatter gambar utama',
    noFile: 'Pilih berkas gambar.',
    altRequired: 'Teks alternatif wajib diisi.',
    creditRequired: 'Kredit wajib diisi.',
    unsupported: 'Berkas ini bukan gambar JPEG, PNG atau WebP yang bisa dibaca.',
    tooLarge: 'Gambar terlalu besar: paling besar 10 MB.',
    editorNote: 'Gambar diunggah di tab baru; yang sudah diketik di sini tetap.',
  },
  /** The list's filters (a GET form) and its pages. */
  list: {
    search: 'Cari',
    any: 'Semua',
    section: 'Rubrik',
    author: 'Penulis',
    publishedAt: 'Waktu terbit',
    show: 'Tampilkan',
    none: 'Tidak ada artikel yang cocok.',
    pages: 'Halaman daftar artikel',
    page: (n: number) => `Halaman ${n}`,
    previous: '← Sebelumnya',
    next: 'Berikutnya →',
  },
  /** The content folder's files the ingest refused, above the list (lib/desk/content-problems.ts). */
  problems: {
    heading: 'Berkas bermasalah',
    status: 'Berkas bermasalah',
    note: (files: number, total: number) =>
      `${files} berkas di folder konten ditolak saat dimuat (${total} masalah, dengan kata-kata "npm run content:check"). Yang tayang tetap versi terakhir yang valid, bila ada. Perbaiki berkasnya: daftar ini diperbarui saat berkas itu dimuat lagi.`,
    file: 'Berkas',
    field: 'Kolom',
    problem: 'Masalah',
    seenSince: 'Terlihat sejak',
    line: (line: number) => `baris ${line}`,
    all: (total: number) => `Lihat semua ${total} masalah`,
    none: 'Tidak ada berkas bermasalah.',
  },
  headline: 'Judul',
  status: 'Status',
  articleStatus: {
    draft: 'Draf',
    review: 'Diajukan',
    scheduled: 'Terjadwal',
    published: 'Terbit',
    withdrawn: 'Ditarik',
  },
  /** A scheduled article's status in the list, with the minute it goes live. */
  scheduledAt: (when: string) => `Terjadwal, tayang ${when}`,
  /** Beside a live article's status when the desk holds a newer version of it. */
  pendingVersion: (state: string) => `${state} versi baru`,
  editLink: 'Sunting',
  untitled: '(tanpa judul)',
  newArticleLink: 'Artikel baru',
  article: {
    newHeading: 'Artikel baru',
    editHeading: 'Sunting artikel',
    /** The label of each field of the schema (lib/content/schema.ts), and of the body. */
    fields: {
      id: 'ID',
      slug: 'Slug',
      title: 'Judul',
      summary: 'Ringkasan',
      section: 'Rubrik',
      tags: 'Tag',
      authors: 'Penulis',
      publishedAt: 'Waktu terbit',
      updatedAt: 'Waktu diperbarui',
      image: 'Gambar utama',
      'image.src': 'Path gambar',
      'image.alt': 'Teks alternatif (alt)',
      'image.caption': 'Keterangan foto',
      'image.credit': 'Kredit foto',
      dateline: 'Dateline',
      sources: 'Sumber',
      related: 'Artikel terkait',
      status: 'Status',
      verified: 'Terverifikasi',
      corrections: 'Ralat',
      withdrawn: 'Pencabutan',
      'withdrawn.date': 'Waktu pencabutan',
      'withdrawn.reason': 'Alasan pencabutan',
      body: 'Isi',
    } as Record<string, string>,
    hints: {
      list: 'Satu per baris, atau dipisah koma.',
      dateline: 'Contoh: PEKANBARU, RIAU24.COM',
      publishedAt:
        'Contoh: 2024-12-23T10:15:00+07:00. Kosongkan untuk memakai waktu saat diterbitkan.',
      updatedAt: 'Hanya bila artikel diperbarui setelah terbit.',
      sources: 'Satu per baris: nama | URL (URL boleh dikosongkan).',
      related: 'ID artikel, satu per baris atau dipisah koma.',
      slug: 'Kosongkan untuk dibuat dari judul.',
      corrections: 'Satu per baris: waktu | isi ralat.',
      body: 'Markdown.',
      image:
        'Path berkas di bawah /images/ yang sudah ada di situs, atau yang diunggah di bawah formulir.',
      newId: 'Dibuat saat pertama disimpan.',
    },
    noSection: 'Pilih rubrik',
    save: 'Simpan',
    submit: 'Ajukan',
    publish: 'Terbitkan',
    saved: 'Draf disimpan.',
    submitted: 'Draf diajukan untuk ditinjau editor.',
    published: 'Artikel diterbitkan.',
    readerLink: 'Lihat di situs',
    stillToFix: (count: number) =>
      `${count} masalah harus diperbaiki sebelum artikel bisa diajukan atau diterbitkan.`,
    notSubmitted: (count: number) => `Belum diajukan: ${count} masalah harus diperbaiki.`,
    notPublished: (count: number) =>
      `Belum diterbitkan: ${count} masalah harus diperbaiki. Versi yang tayang (bila ada) tidak berubah.`,
    problemsHeading: 'Masalah',
    bodyLine: (line: number) => `baris ${line}: `,
    notFound: 'Artikel itu tidak ditemukan.',
    unknownAction: 'Tindakan tidak dikenal.',
    publishFailed: 'Artikel gagal diterbitkan. Coba lagi sebentar lagi.',
    stateNote: (state: string) => `Status: ${state}`,
    revisionsLink: 'Riwayat revisi',
    /** Those others seen with the article's editor open in the last few minutes. */
    alsoOpen: (names: string) => `Juga dibuka oleh ${names}.`,
    seenAgo: (name: string, minutes: number) =>
      minutes < 1 ? `${name} (baru saja)` : `${name} (${minutes} menit lalu)`,
    conflict:
      'Belum disimpan: artikel ini sudah diubah orang lain sejak Anda membukanya. Teks Anda tetap ada di formulir di bawah. Bandingkan dengan versi terbaru, lalu tekan tombolnya lagi untuk menyimpan versi Anda di atas versi terbaru.',
    conflictGone:
      'Belum disimpan: riwayat artikel ini berubah sejak Anda membukanya. Teks Anda tetap ada di formulir di bawah; tekan tombolnya lagi untuk menyimpannya.',
    theirsHeading: 'Versi terbaru (yang sudah tersimpan)',
    theirsBy: (number: number, action: string, name: string, when: string) =>
      `Revisi ${number}, ${action} oleh ${name}, ${when}.`,
    theirsText: 'Teks lengkap versi terbaru (untuk disalin)',
    yoursHeading: 'Versi Anda',
    yoursNote: 'Ada di formulir di bawah, belum disimpan.',
    conflictDiff: 'Perbedaan: baris versi terbaru (−) dan baris versi Anda (+)',
    takeTheirs: 'Buang teks saya dan buka versi terbaru',
    scheduled: 'Artikel dijadwalkan: tayang otomatis pada waktunya.',
    corrected: 'Ralat diterbitkan.',
    withdrawn: 'Artikel ditarik: pembaca kini melihat alasan pencabutannya.',
    notScheduled: (count: number) => `Belum dijadwalkan: ${count} masalah harus diperbaiki.`,
    notCorrected: (count: number) =>
      `Ralat belum diterbitkan: ${count} masalah harus diperbaiki. Versi yang tayang tidak berubah.`,
    notWithdrawn: (count: number) =>
      `Belum ditarik: ${count} masalah harus diperbaiki. Versi yang tayang tidak berubah.`,
    slugChangedDetail: (from: string, to: string) => `${from} → ${to}`,
  },
  /** The editor's workflow steps for editors: schedule, correct, withdraw, preview. */
  workflow: {
    heading: 'Tindakan editor',
    schedule: 'Jadwalkan',
    scheduleLabel: 'Jadwal tayang (WIB)',
    scheduleHint:
      'Tanggal dan jam WIB, misalnya 2026-01-05T10:15. Artikel tayang otomatis pada menit itu.',
    scheduleMissing: 'Isi tanggal dan jam tayang.',
    scheduleFormat: 'Format tanggal dan jam harus YYYY-MM-DDTHH:MM (WIB).',
    schedulePast: (now: string) =>
      `Waktu itu sudah lewat (sekarang ${now}). Pilih waktu yang akan datang, atau tekan Terbitkan untuk menerbitkan sekarang.`,
    scheduleLive:
      'Artikel ini sudah tayang: jadwal hanya untuk artikel yang belum terbit. Tarik dulu bila perlu.',
    correct: 'Terbitkan ralat',
    correctionLabel: 'Ralat baru',
    correctionHint:
      'Isi ralat yang tampil di artikel, bertanggal saat diterbitkan (WIB). Perbaikan teks di formulir ikut terbit.',
    correctionMissing: 'Tulis isi ralat.',
    notLive: 'Hanya artikel yang sedang tayang yang bisa diralat atau ditarik.',
    withdraw: 'Tarik artikel',
    withdrawLabel: 'Alasan pencabutan (tampil untuk pembaca)',
    withdrawHint: 'Wajib diisi. Setelah ditarik, alamat artikel menjawab 410 dengan alasan ini.',
    withdrawMissing: 'Alasan pencabutan wajib diisi untuk menarik artikel.',
    alreadyWithdrawn: 'Artikel ini sudah ditarik.',
    previewLink: 'Pratinjau',
    previewNote:
      'Pratinjau menampilkan versi yang tersimpan di basis data konten (terjadwal, terbit, atau draf berkas), bukan draf Ruang Redaksi yang belum diterbitkan.',
    previewUnavailable:
      'Pratinjau tersedia setelah artikel dijadwalkan atau terbit (draf Ruang Redaksi belum ada di basis data konten).',
  },
  revisions: {
    heading: 'Riwayat revisi',
    intro:
      'Setiap simpan, ajuan, terbit, dan pemulihan dari Ruang Redaksi adalah satu revisi. Perubahan langsung pada berkas Markdown tidak tercatat di sini.',
    none: 'Belum ada revisi.',
    backToEditor: 'Kembali ke penyunting',
    number: (n: number) => `Revisi ${n}`,
    actions: {
      saved: 'disimpan',
      submitted: 'diajukan',
      published: 'diterbitkan',
      restored: 'dipulihkan',
      scheduled: 'dijadwalkan',
      corrected: 'diralat',
      withdrawn: 'ditarik',
    },
    restoredFrom: (n: number) => `dari revisi ${n}`,
    restoredDetail: (n: number) => `dari revisi ${n}:`,
    revision: 'Revisi',
    when: 'Waktu',
    who: 'Oleh',
    what: 'Tindakan',
    from: 'Dari',
    to: 'Ke',
    compareButton: 'Bandingkan',
    diffHeading: (a: number, b: number) => `Perbedaan revisi ${a} (−) dan revisi ${b} (+)`,
    same: 'Kedua revisi sama.',
    removed: 'dihapus',
    added: 'ditambahkan',
    restoreHeading: 'Pulihkan',
    restoreButton: (n: number) => `Pulihkan revisi ${n}`,
    restoreHint: 'Memulihkan menyimpannya sebagai draf baru. Tidak menerbitkan apa pun.',
    restored: (n: number) => `Revisi ${n} dipulihkan sebagai draf baru.`,
    notFound: 'Revisi itu tidak ditemukan.',
    conflict:
      'Belum dipulihkan: artikel ini diubah orang lain sejak halaman ini dibuka. Lihat revisi terbaru di daftar, lalu coba lagi.',
    unknownPerson: 'orang tak dikenal',
  },
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
  personDisabled: (email: string) => `${email} dinonaktifkan dan dikeluarkan dari semua perangkat.`,
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
      '           npm run desk -- setup-link\n' +
      '           npm run desk -- export <folder>',
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
    /** `export <folder>`: the store's content as the Markdown folder (lib/desk/folder-export.ts). */
    exported: (r: {
      articles: number;
      pages: number;
      authors: number;
      created: number;
      changed: number;
      unchanged: number;
      refused: readonly unknown[];
    }) =>
      `Diekspor: ${r.articles} artikel, ${r.pages} halaman, ${r.authors} penulis. Berkas: ${r.created} baru, ${r.changed} diperbarui, ${r.unchanged} sudah sama (tidak disentuh), ${r.refused.length} masalah (tidak ditulis).`,
    exportLoses: 'tidak ditulis: dibaca kembali, berkas ini tidak memberi nilai yang tersimpan',
    exportRefused: (line: string) => `Tidak diekspor: ${line}`,
  },
} as const;
