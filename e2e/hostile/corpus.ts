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

/** Published 15 Dec: one embed per provider (the YouTube title hostile) and a gallery. */
export const EMBEDS = {
  id: 'e5f6a7b8',
  path: '/berita/e5f6a7b8/sematan-dan-galeri-uji',
  youtubeTitle: 'Uji </script><script>alert(1)</script> <img src=x onerror=alert(1)> "kutip"',
  /** Each facade's player address, as client/enhance.js builds it. */
  players: {
    youtube: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90',
    vimeo: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    x: 'https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1870123456789012345',
    instagram: 'https://www.instagram.com/p/C1a2B3c4D5e/embed/',
    tiktok: 'https://www.tiktok.com/player/v1/7450000000000000000?autoplay=1',
    facebook:
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fakunuji%2Fposts%2F1234567890',
  },
  /** Each facade's link to the original. */
  links: {
    youtube: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s',
    vimeo: 'https://vimeo.com/76979871',
    x: 'https://x.com/akun_uji/status/1870123456789012345',
    instagram: 'https://www.instagram.com/p/C1a2B3c4D5e/',
    tiktok: 'https://www.tiktok.com/@akun.uji/video/7450000000000000000',
    facebook: 'https://www.facebook.com/akunuji/posts/1234567890',
  },
};
