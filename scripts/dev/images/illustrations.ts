/** Which illustration each demo article gets: its file name, colours and motif. */
import { BRAND } from './canvas';
import type { Motif, Palette } from './motifs';

export interface Illustration {
  file: string;
  palette: Palette;
  motif: Motif;
}

/** Article images live in public/images/articles; body images carry a "-2" suffix. */
export const ILLUSTRATIONS: Illustration[] = [
  { file: '9c6a2a35', palette: ['#10213f', '#2c4d7a', '#e4572e'], motif: 'map' },
  { file: 'b7e41f09', palette: ['#2d4a3e', '#8fb3a0', '#e8c547'], motif: 'bridge' },
  { file: '3c5e9a12', palette: ['#1b1f3b', '#3d4a7a', '#4f8fe6'], motif: 'hemicycle' },
  { file: '5a0e7b94', palette: ['#5b3a1f', '#c98f4a', '#2f7d4f'], motif: 'map' },
  { file: 'c2d91e3a', palette: ['#062a3f', '#0f6e8c', '#f2a541'], motif: 'quake' },
  { file: '1e6f4a27', palette: ['#6f0e14', '#c8323a', '#f4efe6'], motif: 'palace' },
  { file: '7b3c9e05', palette: ['#1d3557', '#457b9d', '#f1faee'], motif: 'ballot' },
  { file: '4d82f1b6', palette: ['#14452f', '#3c8d5a', '#f6d365'], motif: 'money' },
  { file: '6f2a8c40', palette: ['#0b0c24', '#2a2a5a', '#ffb703'], motif: 'road' },
  { file: '91b3d6c2', palette: ['#0d1b2a', '#e09f6b', '#1b4965'], motif: 'tsunami' },
  { file: '8e1a5c3d', palette: ['#3a0f2e', '#a23b72', '#f6c90e'], motif: 'skyline' },
  { file: 'a3f7e920', palette: ['#0f3d3e', '#2a7f62', '#f3b61f'], motif: 'ballot' },
  { file: 'd5c0b7e8', palette: ['#22313f', '#5c7a91', '#a9d6e5'], motif: 'rain' },
  { file: 'f0a4e6d1', palette: ['#4a3b2a', '#b38b59', '#e76f51'], motif: 'haze' },
  { file: '2d5e8f71', palette: ['#2b2d42', '#5c6784', BRAND], motif: 'percent' },
  { file: '0f9a6b3e', palette: ['#0a2342', '#2c6e8f', '#ffd166'], motif: 'chart' },
  { file: 'e4c17a58', palette: ['#7a2e12', '#f29e4c', '#1f5f3a'], motif: 'palms' },
  { file: 'e4c17a58-2', palette: ['#3b4d2b', '#8aa05a', '#c0392b'], motif: 'fruit' },
  { file: '62b9f3a7', palette: ['#0f5132', '#2f9e5b', '#ffffff'], motif: 'pitch' },
  { file: 'b8d04c6e', palette: ['#12372a', '#2e7d4f', '#ffcc00'], motif: 'score' },
  { file: '3e7a1d59', palette: ['#050a1a', '#1c2d4f', '#dfe7fd'], motif: 'goal' },
  { file: '7d6e2b14', palette: ['#102a43', '#486581', BRAND], motif: 'calendar' },
];
