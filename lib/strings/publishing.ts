/** Publishing: server log lines, the publish endpoint's answers, the publish command. */

/** What set off a publication, as the server log names it. */
const publishingTriggers = {
  watch: 'perubahan berkas',
  reconcile: 'rekonsiliasi',
  schedule: 'jadwal terbit',
  remote: 'perintah terbit',
} as const;
type PublishTrigger = keyof typeof publishingTriggers;

export const publishing = {
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
} as const;
