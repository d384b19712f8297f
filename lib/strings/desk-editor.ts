/** The desk's body editor (lib/desk/views/body-editor.tsx, client/desk-editor/): its toolbar and preview. */
export const deskEditor = {
  toolbar: 'Format isi',
  /** Each toolbar button's accessible name, by its command (client/desk-editor/commands.ts). */
  commands: {
    tebal: 'Tebal',
    miring: 'Miring',
    judul: 'Subjudul',
    tautan: 'Tautan',
    daftar: 'Daftar',
    kutipan: 'Kutipan',
    gambar: 'Gambar',
    'baca-juga': 'Baca Juga',
    embed: 'Sematan',
    galeri: 'Galeri foto',
  } as Record<string, string>,
  /** What each button shows (a short sign; the name above is what is read out). */
  signs: {
    tebal: 'B',
    miring: 'I',
    judul: 'H2',
    tautan: 'Tautan',
    daftar: '• Daftar',
    kutipan: '❝ Kutipan',
    gambar: 'Gambar',
    'baca-juga': 'Baca Juga',
    embed: 'Sematan',
    galeri: 'Galeri',
  } as Record<string, string>,
  views: 'Tampilan isi',
  write: 'Tulis',
  preview: 'Pratinjau',
  previewHeading: 'Pratinjau isi',
  previewNote: 'Isi seperti tampil di halaman artikel, diperbarui saat Anda mengetik.',
  previewFailed: 'Pratinjau belum bisa dimuat. Teks Anda tetap aman di formulir.',
  /** The form's button that opens the whole article as it would look, in a new tab. */
  previewPage: 'Pratinjau artikel',
  previewPageHint:
    'Membuka artikel seperti yang diketik di formulir, di tab baru, tanpa menyimpannya.',
  previewPageBand: 'Pratinjau dari formulir: belum disimpan, belum terbit.',
  previewPageProblems: (count: number) =>
    `Pratinjau belum bisa ditampilkan: ${count} masalah harus diperbaiki dulu.`,
  /** The input with suggestions under the tag and related-article fields, by field. */
  add: { tags: 'Tambah tag', related: 'Tambah artikel terkait' } as Record<string, string>,
  addHint: {
    tags: 'Ketik untuk memilih dari tag yang sudah ada, atau tulis tag baru. Ditambahkan saat formulir dikirim.',
    related:
      'Ketik ID atau judul untuk memilih dari artikel terbaru. Ditambahkan saat formulir dikirim.',
  } as Record<string, string>,
};
