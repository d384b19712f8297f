import { describe, expect, it } from 'vitest';
import { indexNowKey, indexNowKeyFile } from './config';

const env = { WARTA_INDEXNOW_KEY: 'kunci-indexnow-2024' };

describe('IndexNow key file', () => {
  it('answers /<key>.txt with the configured key', () => {
    expect(indexNowKeyFile(['kunci-indexnow-2024.txt'], env)).toBe('kunci-indexnow-2024');
  });

  it('answers nothing for any other path', () => {
    for (const path of [
      ['kunci-indexnow-2025.txt'],
      ['kunci-indexnow-2024'],
      ['KUNCI-INDEXNOW-2024.txt'],
      ['kunci-indexnow-2024.txt', 'x'],
      ['berita', 'kunci-indexnow-2024.txt'],
      [],
    ]) {
      expect(indexNowKeyFile(path, env), path.join('/')).toBeUndefined();
    }
  });

  it('answers nothing while IndexNow is off or its key is not a valid key', () => {
    expect(indexNowKeyFile(['undefined.txt'], {})).toBeUndefined();
    expect(indexNowKey({ WARTA_INDEXNOW_KEY: 'pendek' })).toBeUndefined();
    expect(indexNowKeyFile(['pendek.txt'], { WARTA_INDEXNOW_KEY: 'pendek' })).toBeUndefined();
    expect(indexNowKeyFile(['a b c d e.txt'], { WARTA_INDEXNOW_KEY: 'a b c d e' })).toBeUndefined();
  });
});
