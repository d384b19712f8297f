import { describe, expect, it } from 'vitest';
import { stem, stemVariants } from './stemmer';

const sharesRoot = (a: string, b: string) =>
  stemVariants(a).some((r) => stemVariants(b).includes(r));

describe('stem', () => {
  it.each([
    ['membantu', 'bantu'],
    ['bantuan', 'bantu'],
    ['penempatan', 'tempat'],
    ['pertempuran', 'tempur'],
    ['bertempur', 'tempur'],
    ['dilaporkan', 'lapor'],
    ['terluka', 'luka'],
    ['kemampuan', 'mampu'],
    ['dukungan', 'dukung'],
    ['mendukung', 'dukung'],
    ['menyerukan', 'seru'],
    ['penghancuran', 'hancur'],
    ['menggunakan', 'guna'],
    ['keberhasilan', 'hasil'],
    ['perusahaan', 'usaha'],
    ['diperbaiki', 'baik'],
    ['mempersiapkan', 'siap'],
    ['pasukannya', 'pasuk'],
    ['bukunya', 'buku'],
    ['adalah', 'ada'],
    ['apakah', 'apa'],
    ['siapatah', 'siapa'],
  ])('%s → %s', (word, root) => {
    expect(stem(word)).toBe(root);
  });

  it('leaves roots and short words alone', () => {
    for (const word of [
      'tempat',
      'bantu',
      'korea',
      'rusia',
      'perang',
      'teras',
      'beri',
      'di',
      'as',
    ]) {
      expect(stem(word)).toBe(word);
    }
  });

  it('strips archaic -tah after a question word only, never from "perintah"', () => {
    expect(stemVariants('perintah')).not.toContain('perin');
    expect(stemVariants('pemerintah')).not.toContain('pemerin');
    expect(sharesRoot('perintah', 'memerintahkan')).toBe(true);
    expect(sharesRoot('pemerintah', 'pemerintahan')).toBe(true);
  });

  it('does not touch numbers', () => {
    expect(stemVariants('2024')).toEqual(['2024']);
    expect(stemVariants('g20')).toEqual(['g20']);
  });
});

describe('stemVariants: the nasal and suffix ambiguities a dictionary would settle', () => {
  it.each([
    ['mengirim', 'kirim'],
    ['mengambil', 'ambil'],
    ['penarikan', 'tarik'],
    ['penarikan', 'tari'],
    ['mengatakan', 'kata'],
    ['memasok', 'pasok'],
    ['meminta', 'minta'],
    ['menanti', 'nanti'],
    ['pernyataan', 'nyata'],
    ['memproduksi', 'produksi'],
  ])('%s may come from %s', (word, root) => {
    expect(stemVariants(word)).toContain(root);
  });

  it.each([
    ['penempatan', 'tempat'],
    ['membantu', 'bantuan'],
    ['memberikan', 'beri'],
    ['menjadikan', 'jadi'],
    ['kemenangan', 'menang'],
    ['pemenang', 'menang'],
    ['sekolahnya', 'sekolah'],
    ['bertemu', 'pertemuan'],
    ['diberitakan', 'berita'],
    ['dikembalikan', 'kembali'],
  ])('%s and %s share a root', (a, b) => {
    expect(sharesRoot(a, b)).toBe(true);
  });

  it.each([
    ['memberikan', 'ikan'],
    ['berita', 'rita'],
    ['teras', 'ras'],
    ['tempat', 'empat'],
  ])('%s and %s do not', (a, b) => {
    expect(sharesRoot(a, b)).toBe(false);
  });
});
