/** Which illustration each demo article gets: its file name, colours and motif. */
import { BRAND } from './canvas';
import type { Motif, Palette } from './motifs';

export interface Illustration {
  file: string;
  palette: Palette;
  motif: Motif;
}

/**
 * Article images live in public/images/articles; body images carry a "-2" suffix, gallery
 * photos "-foto-01" onwards.
 */
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
  { file: 'a6d2f803', palette: ['#5fa3c9', '#e9f3f8', '#c8323a'], motif: 'boat' },
  { file: 'a6d2f803-foto-01', palette: ['#7fb7d9', '#d9ecf5', '#c8323a'], motif: 'boat' },
  { file: 'a6d2f803-foto-02', palette: ['#f2c879', '#f7e6c4', '#1f6f8b'], motif: 'crowd' },
  { file: 'a6d2f803-foto-03', palette: ['#8ec5e8', '#e6f2f8', '#f2b705'], motif: 'boat' },
  { file: 'a6d2f803-foto-04', palette: ['#e8a25b', '#f6d7a7', '#2f7d4f'], motif: 'boat' },
  { file: 'a6d2f803-foto-05', palette: ['#9fc6de', '#eef5f9', '#b3121b'], motif: 'crowd' },
  { file: 'a6d2f803-foto-06', palette: ['#6fa8c9', '#cfe6f2', '#7a2e12'], motif: 'boat' },
  { file: 'a6d2f803-foto-07', palette: ['#f0b46b', '#fae3c0', '#0f5132'], motif: 'boat' },
  { file: 'a6d2f803-foto-08', palette: ['#a7cfe3', '#f1f7fa', '#e4572e'], motif: 'crowd' },
  { file: 'a6d2f803-foto-09', palette: ['#7ab0cf', '#d5eaf4', '#ffd166'], motif: 'boat' },
  { file: 'a6d2f803-foto-10', palette: ['#d98e4f', '#f3cfa0', '#1d3557'], motif: 'crowd' },
  { file: 'a6d2f803-foto-11', palette: ['#92c0dc', '#e3f0f7', '#a23b72'], motif: 'boat' },
  { file: 'a6d2f803-foto-12', palette: ['#e59a5c', '#f8dcb5', '#2c6e8f'], motif: 'boat' },
];
