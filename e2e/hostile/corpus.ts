/** The hostile fixture corpus (e2e/fixtures/hostile), as its files spell it. */

export const HOSTILE = {
  path: '/berita/a1b2c3d4/judul-berbahaya-uji-escaping',
  title:
    'Uji </script><script>alert(1)</script> <img src=x onerror=alert(1)> "Kutip" & \'Apostrof\' &amp; javascript:alert(1) ]]> ]]>',
  summary:
    'Ringkasan </script><script>alert(1)</script> dengan <img src=x onerror=alert(1)>, javascript:alert(1), "kutip ganda", \'kutip tunggal\', & dan &amp; serta ]]> dua kali ]]>.',
  tags: [
    '<img src=x onerror=alert(1)>',
    '</script><script>alert(1)</script>',
    '"Kutip" & \'Apostrof\'',
    'javascript:alert(1)',
    'A &amp; B',
  ],
  author: 'Budi "O\'Brien" <img src=x onerror=alert(1)>',
  section: 'Hukum & "Kriminal" <img src=x onerror=alert(1)>',
  correction: 'Ralat </script><script>alert(1)</script> <img src=x onerror=alert(1)> & "kutip".',
};

/** Published 23 Dec 20:00 WIB: inside the two days before the fixed now (24 Dec 12:00 WIB). */
export const RECENT_ID = 'a1b2c3d4';
/** Published 10 Dec: outside the Google News window. */
export const OLD = {
  id: 'b2c3d4e5',
  path: '/berita/b2c3d4e5/berita-lama-di-luar-jendela-google-news',
};
export const WITHDRAWN = {
  id: 'c3d4e5f6',
  path: '/berita/c3d4e5f6/berita-yang-dicabut',
  reason:
    'Narasumber utama ternyata bukan pejabat yang berwenang & "kutip" <img src=x onerror=alert(1)>; redaksi mencabut berita ini sesuai Pedoman Pemberitaan Media Siber.',
};
/** Published 30 Dec: after the fixed now, so it must not exist yet. */
export const SCHEDULED = {
  id: 'd4e5f6a7',
  path: '/berita/d4e5f6a7/berita-terjadwal-masa-depan',
  title: 'TERJADWAL Berita Masa Depan Tidak Boleh Tampil',
  tag: '/tag/terjadwal-rahasia',
};
