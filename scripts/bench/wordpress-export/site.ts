/** The synthetic newsroom the export is of: its address, categories, authors and tag count. */

export const SITE = 'https://kabar-lama.test';
export const CATEGORIES: [slug: string, name: string][] = [
  ['nasional', 'Nasional'],
  ['riau', 'Riau'],
  ['pekanbaru', 'Pekanbaru'],
  ['ekonomi', 'Ekonomi'],
  ['olahraga', 'Olahraga'],
  ['internasional', 'Internasional'],
  ['hukum', 'Hukum & Kriminal'],
  ['politik', 'Politik'],
  ['gaya-hidup', 'Gaya Hidup'],
  ['teknologi', 'Teknologi'],
  ['opini', 'Opini'],
  ['uncategorized', 'Uncategorized'],
];
export const AUTHORS = [
  ['redaksi', 'Redaksi'],
  ['budi.s', 'Budi Santoso'],
  ['sari', 'Sari Wulandari'],
  ['andi_p', 'Andi Pratama'],
  ['lina', 'Lina Marlina'],
  ['rizal', 'Rizal Fahmi'],
  ['yanti.k', 'Yanti Kusuma'],
  ['dodi', 'Dodi Firmansyah'],
];
export const TAGS = 400;
