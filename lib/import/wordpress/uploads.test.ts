import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { originalsOf, safeName, uploadPath, uploadsResolver } from './uploads';

const uploads = path.join(__dirname, 'fixtures', 'uploads');

describe('uploads', () => {
  it('reads the upload path of a URL and refuses climbing out', () => {
    expect(uploadPath('https://lama.test/wp-content/uploads/2024/05/a%20b.jpg')).toBe(
      '2024/05/a b.jpg',
    );
    expect(uploadPath('https://lama.test/wp-content/uploads/../../etc/passwd')).toBeUndefined();
    expect(uploadPath('https://lama.test/lain/a.jpg')).toBeUndefined();
  });

  it('tries the original of a resized variant first', () => {
    expect(originalsOf('2024/05/foto-300x200.jpg')).toEqual([
      '2024/05/foto.jpg',
      '2024/05/foto-300x200.jpg',
    ]);
    expect(originalsOf('2024/05/foto-scaled.jpg')).toEqual([
      '2024/05/foto.jpg',
      '2024/05/foto-scaled.jpg',
    ]);
    expect(safeName('2024/05/Foto Café (1).JPG')).toBe('2024/05/foto-cafe-1-.jpg');
  });

  it('copies the original under public/images/wp/ and maps the variant to it', () => {
    const publicDir = mkdtempSync(path.join(os.tmpdir(), 'warta-public-'));
    const resolver = uploadsResolver(uploads, publicDir);
    expect(resolver.image('https://lama.test/wp-content/uploads/2024/05/posko-1024x683.jpg')).toBe(
      '/images/wp/2024/05/posko.jpg',
    );
    expect(existsSync(path.join(publicDir, 'images/wp/2024/05/posko.jpg'))).toBe(true);
    expect(
      resolver.image('https://lama.test/wp-content/uploads/2024/05/hilang.jpg'),
    ).toBeUndefined();
    expect(
      resolver.image('https://lama.test/wp-content/uploads/2024/05/animasi.gif'),
    ).toBeUndefined();
    expect(
      uploadsResolver(undefined, publicDir).image(
        'https://lama.test/wp-content/uploads/2024/05/posko.jpg',
      ),
    ).toBeUndefined();
  });
});
