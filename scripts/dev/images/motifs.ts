/** The drawings an article illustration is made of (scripts/dev/generate-images.ts). */
import { FONT, r1, W } from './canvas';

/** Background from, background to, accent. */
export type Palette = readonly [string, string, string];

export type Motif =
  | 'bridge'
  | 'map'
  | 'hemicycle'
  | 'quake'
  | 'palace'
  | 'ballot'
  | 'money'
  | 'skyline'
  | 'road'
  | 'tsunami'
  | 'rain'
  | 'haze'
  | 'percent'
  | 'chart'
  | 'palms'
  | 'fruit'
  | 'pitch'
  | 'score'
  | 'goal'
  | 'calendar'
  | 'boat'
  | 'crowd';

/** Each motif returns SVG drawn over the gradient background of a 1800×1200 canvas. */
export const MOTIFS: Record<Motif, (p: Palette, rnd: () => number) => string> = {
  bridge: ([, , accent]) => `
    <path d="M0 690 C300 640 600 680 900 650 C1200 620 1500 670 1800 640 L1800 740 L0 740 Z" fill="#2f4a34"/>
    <rect x="0" y="730" width="${W}" height="470" fill="#6d6a4b"/>
    ${[800, 880, 980, 1090].map((y, i) => `<path d="M${80 + i * 90} ${y} L${700 - i * 40} ${y}" stroke="#fff" stroke-opacity="0.18" stroke-width="4"/>`).join('')}
    <ellipse cx="1300" cy="960" rx="460" ry="90" fill="${accent}" opacity="0.45" filter="url(#blur)"/>
    ${[180, 430, 1370, 1620].map((x) => `<rect x="${x}" y="560" width="50" height="260" fill="#c9c1ad"/>`).join('')}
    <rect x="0" y="520" width="700" height="44" fill="#ece7db"/><rect x="1100" y="520" width="700" height="44" fill="#ece7db"/>
    <g transform="rotate(52 700 542)"><rect x="700" y="520" width="330" height="44" fill="#ddd5c2"/>
      <rect x="830" y="458" width="140" height="62" rx="6" fill="${accent}"/><rect x="970" y="472" width="44" height="48" rx="6" fill="#f4f1ea"/></g>
    <g transform="rotate(-48 1100 542)"><rect x="770" y="520" width="330" height="44" fill="#ddd5c2"/>
      <rect x="860" y="462" width="120" height="58" rx="6" fill="#e07a2e"/></g>
    ${[0, 1, 2, 3].map((i) => `<ellipse cx="900" cy="900" rx="${110 + i * 90}" ry="${18 + i * 14}" fill="none" stroke="#fff" stroke-opacity="${r1(0.45 - i * 0.1)}" stroke-width="5"/>`).join('')}`,

  map: ([, , accent], rnd) => {
    const blobs = Array.from({ length: 5 }, (_, i) => {
      const cx = 200 + i * 340 + rnd() * 120;
      const cy = 300 + rnd() * 600;
      const pts = Array.from({ length: 9 }, (_, k) => {
        const a = (k / 9) * Math.PI * 2;
        const rad = 160 + rnd() * 170;
        return `${r1(cx + Math.cos(a) * rad * 1.4)},${r1(cy + Math.sin(a) * rad)}`;
      });
      return `<polygon points="${pts.join(' ')}" fill="#ffffff" opacity="${0.1 + rnd() * 0.1}" stroke="#ffffff" stroke-opacity="0.3" stroke-width="3" stroke-linejoin="round"/>`;
    });
    const grid = [200, 400, 600, 800, 1000]
      .map(
        (y) =>
          `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="#fff" stroke-opacity="0.12" stroke-dasharray="6 14"/>`,
      )
      .join('');
    const [x1, y1, x2, y2] = [
      1350 + rnd() * 150,
      800 + rnd() * 100,
      450 + rnd() * 150,
      330 + rnd() * 100,
    ];
    return `${grid}${blobs.join('')}
      <path d="M${r1(x1)} ${r1(y1)} Q ${r1((x1 + x2) / 2)} ${r1(Math.min(y1, y2) - 300)} ${r1(x2)} ${r1(y2)}" fill="none" stroke="${accent}" stroke-width="10" stroke-dasharray="28 20" stroke-linecap="round"/>
      <circle cx="${r1(x1)}" cy="${r1(y1)}" r="26" fill="${accent}"/><circle cx="${r1(x1)}" cy="${r1(y1)}" r="60" fill="none" stroke="${accent}" stroke-width="6" opacity="0.6"/>
      <circle cx="${r1(x2)}" cy="${r1(y2)}" r="22" fill="#fff"/><circle cx="${r1(x2)}" cy="${r1(y2)}" r="50" fill="none" stroke="#fff" stroke-width="5" opacity="0.6"/>`;
  },

  hemicycle: ([, , accent]) => {
    const seats: string[] = [];
    let n = 0;
    for (let row = 0; row < 9; row++) {
      const radius = 300 + row * 62;
      const count = 18 + row * 4;
      for (let k = 0; k < count; k++) {
        const a = Math.PI - (k / (count - 1)) * Math.PI;
        const colour = n++ % 3 === 2 ? '#e63946' : accent;
        seats.push(
          `<circle cx="${r1(900 + Math.cos(a) * radius)}" cy="${r1(1000 - Math.sin(a) * radius)}" r="20" fill="${colour}"/>`,
        );
      }
    }
    return `${seats.join('')}<rect x="780" y="920" width="240" height="120" rx="10" fill="#f1f1f1" opacity="0.9"/>`;
  },

  quake: ([, , accent], rnd) => {
    const rings = Array.from(
      { length: 9 },
      (_, i) =>
        `<circle cx="860" cy="560" r="${60 + i * 110}" fill="none" stroke="${accent}" stroke-width="${10 - i}" opacity="${r1(0.9 - i * 0.09)}"/>`,
    );
    const islands = [
      [1080, 540, 120, 70],
      [1230, 380, 60, 40],
      [1320, 720, 90, 50],
      [560, 820, 70, 35],
    ].map(
      ([x, y, rx, ry]) =>
        `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}" fill="#cfe3c0" opacity="0.85"/>`,
    );
    let d = 'M0 1080';
    for (let x = 20; x <= W; x += 20)
      d += ` L${x} ${r1(1080 + (rnd() - 0.5) * (x > 600 && x < 1100 ? 160 : 24))}`;
    return `${rings.join('')}${islands.join('')}<circle cx="860" cy="560" r="22" fill="${accent}"/>
      <path d="${d}" fill="none" stroke="#fff" stroke-width="5" opacity="0.8"/>`;
  },

  palace: ([, , accent]) => {
    const columns = Array.from(
      { length: 8 },
      (_, i) => `<rect x="${560 + i * 92}" y="520" width="44" height="380" fill="${accent}"/>`,
    );
    return `<polygon points="500,500 900,300 1300,500" fill="${accent}"/>
      <rect x="500" y="490" width="800" height="40" fill="${accent}"/>${columns.join('')}
      <rect x="470" y="900" width="860" height="40" fill="${accent}"/><rect x="430" y="940" width="940" height="40" fill="${accent}" opacity="0.85"/>
      <rect x="1450" y="280" width="10" height="700" fill="#ddd"/>
      <rect x="1460" y="290" width="200" height="60" fill="#e11d2a"/><rect x="1460" y="350" width="200" height="60" fill="#fff"/>`;
  },

  ballot: ([, , accent], rnd) => {
    const bars = [0.8, 0.55, 0.4].map((h, i) => {
      const height = r1(h * 420 + rnd() * 40);
      return `<rect x="${1220 + i * 150}" y="${r1(1000 - height)}" width="110" height="${height}" rx="8" fill="#fff" opacity="${0.85 - i * 0.2}"/>`;
    });
    return `<rect x="380" y="620" width="620" height="400" rx="24" fill="${accent}" opacity="0.95"/>
      <rect x="540" y="640" width="300" height="26" rx="13" fill="#22223b"/>
      <g transform="rotate(-8 690 450)"><rect x="560" y="240" width="260" height="420" rx="10" fill="#fff"/>
      ${[0, 1, 2].map((i) => `<rect x="${585 + i * 78}" y="290" width="60" height="80" rx="6" fill="#ccd5e0"/>`).join('')}
      <circle cx="676" cy="330" r="14" fill="#22223b"/>
      ${[0, 1, 2, 3].map((i) => `<rect x="590" y="${420 + i * 40}" width="200" height="12" rx="6" fill="#e0e5ec"/>`).join('')}</g>
      ${bars.join('')}<rect x="1180" y="1000" width="500" height="8" fill="#fff" opacity="0.7"/>`;
  },

  money: ([, , accent]) => {
    const notes = Array.from(
      { length: 7 },
      (_, i) =>
        `<g transform="translate(${420 + i * 12} ${860 - i * 46}) rotate(${i % 2 ? -3 : 2})"><rect width="640" height="300" rx="18" fill="${accent}" stroke="#14452f" stroke-width="6" opacity="0.95"/><circle cx="320" cy="150" r="80" fill="none" stroke="#14452f" stroke-width="6" opacity="0.5"/></g>`,
    );
    return `${notes.join('')}
      <path d="M1250 900 L1250 420" stroke="#fff" stroke-width="44" stroke-linecap="round"/>
      <polygon points="1150,470 1250,300 1350,470" fill="#fff"/>`;
  },

  skyline: ([, , accent], rnd) => {
    const city = Array.from({ length: 16 }, (_, i) => {
      const h = 120 + rnd() * 260;
      return `<rect x="${i * 115}" y="${r1(1200 - h)}" width="${100 + rnd() * 20}" height="${r1(h)}" fill="#1a0616" opacity="0.8"/>`;
    });
    const bars = [220, 280, 340, 420, 520].map(
      (h, i) =>
        `<rect x="${520 + i * 160}" y="${860 - h}" width="110" height="${h}" rx="10" fill="${accent}" opacity="${0.55 + i * 0.1}"/>`,
    );
    return `${bars.join('')}<path d="M540 640 L1300 260" stroke="#fff" stroke-width="12" stroke-linecap="round"/><polygon points="1250,235 1340,240 1300,320" fill="#fff"/>${city.join('')}`;
  },

  road: ([, , accent], rnd) => {
    const lights = Array.from({ length: 40 }, (_, i) => {
      const t = i / 40;
      const y = 620 + t * t * 580;
      const spread = 30 + t * t * 700;
      const colour = i % 2 ? accent : '#ff4d4d';
      return `<circle cx="${r1(900 + (i % 2 ? -1 : 1) * spread * (0.3 + rnd() * 0.2))}" cy="${r1(y)}" r="${r1(4 + t * 18)}" fill="${colour}" opacity="0.9"/>`;
    });
    return `<polygon points="860,600 940,600 1600,1200 200,1200" fill="#14142b"/>
      <polygon points="895,620 905,620 930,1200 870,1200" fill="#fff" opacity="0.3"/>${lights.join('')}
      <rect x="1450" y="330" width="90" height="260" rx="10" fill="#f8f1e5"/>
      <path d="M1495 250 C1530 290 1520 320 1495 330 C1470 320 1460 290 1495 250 Z" fill="${accent}"/>
      <circle cx="1495" cy="300" r="90" fill="${accent}" opacity="0.18" filter="url(#blur)"/>`;
  },

  tsunami: ([, , accent]) => `
    <circle cx="1380" cy="420" r="150" fill="#ffd8a8" opacity="0.85"/>
    <path d="M0 820 C300 600 520 420 820 420 C1080 420 1180 600 1040 700 C960 760 880 700 920 640 C980 560 1100 620 1100 620 C1300 760 1500 820 1800 820 L1800 1200 L0 1200 Z" fill="${accent}"/>
    <path d="M0 920 C400 860 800 980 1200 900 C1450 850 1650 920 1800 900 L1800 1200 L0 1200 Z" fill="#0d1b2a" opacity="0.7"/>
    <path d="M120 760 C380 560 640 470 860 480" fill="none" stroke="#fff" stroke-width="10" opacity="0.5" stroke-linecap="round"/>`,

  rain: ([, , accent], rnd) => {
    const drops = Array.from({ length: 140 }, () => {
      const x = rnd() * (W + 200);
      const y = rnd() * 900 + 150;
      return `<line x1="${r1(x)}" y1="${r1(y)}" x2="${r1(x - 24)}" y2="${r1(y + 60)}" stroke="${accent}" stroke-width="4" opacity="0.6"/>`;
    });
    const clouds = [
      [500, 240],
      [1200, 200],
    ].map(([x, y]) =>
      [0, 1, 2, 3]
        .map(
          (k) =>
            `<circle cx="${(x ?? 0) + k * 110 - 160}" cy="${(y ?? 0) + (k % 2) * 30}" r="${120 - (k % 2) * 20}" fill="#d7dee6" opacity="0.9"/>`,
        )
        .join(''),
    );
    const ripples = Array.from(
      { length: 10 },
      () =>
        `<ellipse cx="${r1(rnd() * W)}" cy="${r1(1080 + rnd() * 90)}" rx="${r1(40 + rnd() * 60)}" ry="10" fill="none" stroke="#fff" stroke-width="3" opacity="0.4"/>`,
    );
    return `<rect x="0" y="1040" width="${W}" height="160" fill="#2f4858" opacity="0.8"/>${clouds.join('')}${drops.join('')}${ripples.join('')}`;
  },

  haze: ([, , accent], rnd) => {
    const trees = Array.from({ length: 30 }, (_, i) => {
      const x = i * 62 + rnd() * 20;
      const h = 120 + rnd() * 140;
      return `<rect x="${r1(x)}" y="${r1(960 - h)}" width="8" height="${r1(h)}" fill="#2a1f14"/><ellipse cx="${r1(x + 4)}" cy="${r1(960 - h)}" rx="34" ry="22" fill="#2a1f14"/>`;
    });
    const smoke = [300, 760, 1250].map(
      (x, i) =>
        `<ellipse cx="${x}" cy="${620 - i * 40}" rx="${320 + i * 60}" ry="${160 + i * 20}" fill="#d9d4cc" opacity="0.45" filter="url(#blur)"/>`,
    );
    return `<circle cx="1400" cy="300" r="110" fill="${accent}" opacity="0.7"/>${smoke.join('')}${trees.join('')}
      <rect x="0" y="960" width="${W}" height="240" fill="#3b2a1a"/>
      <path d="M0 1020 C400 990 900 1050 1800 1010" stroke="#5a4330" stroke-width="12" fill="none"/>`;
  },

  percent: ([, , accent]) => `
    <g transform="rotate(-5 500 600)"><path d="M330 200 L700 200 L700 1000 L670 975 L640 1000 L610 975 L580 1000 L550 975 L520 1000 L490 975 L460 1000 L430 975 L400 1000 L370 975 L330 1000 Z" fill="#fff"/>
    ${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<rect x="370" y="${280 + i * 70}" width="${i % 3 === 2 ? 200 : 290}" height="16" rx="8" fill="#c9ccd6"/>`).join('')}
    <rect x="370" y="860" width="290" height="26" rx="8" fill="${accent}"/></g>
    <circle cx="1070" cy="420" r="110" fill="none" stroke="${accent}" stroke-width="60"/>
    <circle cx="1430" cy="800" r="110" fill="none" stroke="${accent}" stroke-width="60"/>
    <line x1="1520" y1="300" x2="980" y2="920" stroke="#fff" stroke-width="64" stroke-linecap="round"/>`,

  chart: ([, , accent]) => {
    const grid = Array.from(
      { length: 7 },
      (_, i) =>
        `<line x1="200" y1="${250 + i * 120}" x2="1600" y2="${250 + i * 120}" stroke="#fff" stroke-opacity="0.15" stroke-width="3"/>`,
    );
    const pts: [number, number][] = [
      [200, 520],
      [500, 520],
      [500, 430],
      [1000, 430],
      [1000, 520],
      [1600, 520],
    ];
    const dots = [350, 650, 800, 1150, 1300, 1450].map(
      (x) => `<circle cx="${x}" cy="${x > 500 && x < 1000 ? 430 : 520}" r="16" fill="#fff"/>`,
    );
    return `${grid.join('')}<polyline points="${pts.map((p) => p.join(',')).join(' ')}" fill="none" stroke="${accent}" stroke-width="14" stroke-linejoin="round"/>${dots.join('')}
      <path d="M200 1000 L200 240 M200 1000 L1600 1000" stroke="#fff" stroke-width="6" opacity="0.6"/>
      ${[0, 1, 2, 3, 4, 5, 6].map((i) => `<rect x="${260 + i * 190}" y="${1000 - (140 + ((i * 53) % 120))}" width="90" height="${140 + ((i * 53) % 120)}" fill="#fff" opacity="0.12"/>`).join('')}`;
  },

  palms: ([, , accent], rnd) => {
    const palm = (x: number, s: number) => {
      const fronds = Array.from({ length: 9 }, (_, k) => {
        const a = -Math.PI + (k / 8) * Math.PI + (rnd() - 0.5) * 0.2;
        const ex = x + Math.cos(a) * 230 * s;
        const ey = 1200 - 560 * s - Math.sin(-a) * 90 * s + 120 * s;
        return `<path d="M${x} ${r1(1200 - 560 * s)} Q ${r1(x + Math.cos(a) * 140 * s)} ${r1(1200 - 640 * s)} ${r1(ex)} ${r1(ey)}" stroke="${accent}" stroke-width="${r1(18 * s)}" fill="none" stroke-linecap="round"/>`;
      });
      return `<rect x="${r1(x - 14 * s)}" y="${r1(1200 - 560 * s)}" width="${r1(28 * s)}" height="${r1(560 * s)}" fill="#3d2614"/>${fronds.join('')}`;
    };
    return `<circle cx="1300" cy="380" r="140" fill="#ffe8a3" opacity="0.8"/>
      ${[160, 620, 1080, 1540].map((x) => palm(x, 0.75)).join('')}${[380, 860, 1320].map((x) => palm(x, 1.05)).join('')}
      <rect x="0" y="1120" width="${W}" height="80" fill="#2b1a0e"/>`;
  },

  fruit: ([, , accent], rnd) => {
    const bunch = (cx: number, cy: number, s: number) =>
      Array.from({ length: 60 }, () => {
        const a = rnd() * Math.PI * 2;
        const d = Math.sqrt(rnd()) * 150 * s;
        const colour = rnd() > 0.35 ? accent : '#2b1b17';
        return `<circle cx="${r1(cx + Math.cos(a) * d * 1.2)}" cy="${r1(cy + Math.sin(a) * d)}" r="${r1(22 * s)}" fill="${colour}" stroke="#1a0f0c" stroke-width="3"/>`;
      }).join('');
    return `<rect x="0" y="860" width="${W}" height="340" fill="#5b4a2f"/>
      ${bunch(450, 880, 1)}${bunch(850, 920, 1.15)}${bunch(1280, 890, 1)}${bunch(650, 760, 0.9)}${bunch(1080, 770, 0.95)}`;
  },

  pitch: ([, , accent]) => {
    const stripes = Array.from(
      { length: 9 },
      (_, i) =>
        `<rect x="${150 + i * 167}" y="150" width="167" height="900" fill="#fff" opacity="${i % 2 ? 0.05 : 0}"/>`,
    );
    return `${stripes.join('')}<g fill="none" stroke="${accent}" stroke-width="8" opacity="0.9">
      <rect x="150" y="150" width="1500" height="900"/><line x1="900" y1="150" x2="900" y2="1050"/><circle cx="900" cy="600" r="130"/>
      <rect x="150" y="370" width="240" height="460"/><rect x="1410" y="370" width="240" height="460"/>
      <rect x="150" y="490" width="90" height="220"/><rect x="1560" y="490" width="90" height="220"/></g>
      <circle cx="1330" cy="560" r="42" fill="#fff" stroke="#222" stroke-width="4"/><polygon points="1330,540 1349,554 1342,576 1318,576 1311,554" fill="#222"/>`;
  },

  score: ([, , accent]) => `
    <rect x="0" y="760" width="${W}" height="440" fill="#1f6b43"/>
    ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${i * 300}" y="760" width="150" height="440" fill="#fff" opacity="0.05"/>`).join('')}
    <rect x="420" y="200" width="960" height="400" rx="30" fill="#0b0f14" stroke="${accent}" stroke-width="10"/>
    <text x="900" y="500" font-family="${FONT}" font-weight="700" font-size="240" text-anchor="middle" fill="${accent}">3 - 3</text>
    <rect x="860" y="600" width="80" height="160" fill="#0b0f14"/>`,

  goal: ([, , accent]) => {
    const net = [
      ...Array.from(
        { length: 15 },
        (_, i) => `<line x1="${500 + i * 57}" y1="420" x2="${560 + i * 48}" y2="340" />`,
      ),
      ...Array.from(
        { length: 9 },
        (_, i) => `<line x1="500" y1="${420 + i * 50}" x2="1300" y2="${420 + i * 50}" />`,
      ),
      ...Array.from(
        { length: 15 },
        (_, i) => `<line x1="${500 + i * 57}" y1="420" x2="${500 + i * 57}" y2="850" />`,
      ),
    ];
    const beams = [200, 1600].map(
      (x) =>
        `<polygon points="${x - 30},80 ${x + 30},80 ${x + 420 * (x < 900 ? 1 : -1)},1200 ${x + 120 * (x < 900 ? 1 : -1)},1200" fill="${accent}" opacity="0.08"/><circle cx="${x}" cy="80" r="40" fill="${accent}" opacity="0.9"/>`,
    );
    return `${beams.join('')}<rect x="0" y="850" width="${W}" height="350" fill="#0e3b22"/>
      <g stroke="#fff" stroke-opacity="0.35" stroke-width="3">${net.join('')}</g>
      <path d="M480 860 L480 400 L1320 400 L1320 860" fill="none" stroke="#fff" stroke-width="22"/>
      <path d="M200 1000 L1600 1000" stroke="#fff" stroke-width="8" opacity="0.6"/>`;
  },

  calendar: ([, , accent]) => {
    // March 2025, weeks starting on Monday: the 1st is a Saturday.
    const cell = (i: number) => [360 + (i % 7) * 130, 410 + Math.floor(i / 7) * 100] as const;
    const cells = Array.from({ length: 36 }, (_, i) => {
      const [x, y] = cell(i);
      const day = i - 4;
      const label =
        day >= 1
          ? `<text x="${x + 14}" y="${y + 34}" font-family="${FONT}" font-size="26" fill="#52606d">${day}</text>`
          : '';
      return `<rect x="${x}" y="${y}" width="110" height="82" rx="10" fill="#e8edf3"/>${label}`;
    });
    const ring = (day: number) => {
      const [x, y] = cell(day + 4);
      return `<circle cx="${x + 55}" cy="${y + 41}" r="58" fill="none" stroke="${accent}" stroke-width="12"/>`;
    };
    return `<rect x="320" y="250" width="990" height="800" rx="30" fill="#fff"/>
      <rect x="320" y="250" width="990" height="130" rx="30" fill="${accent}"/><rect x="320" y="320" width="990" height="60" fill="${accent}"/>
      <text x="815" y="342" font-family="${FONT}" font-weight="700" font-size="64" letter-spacing="6" text-anchor="middle" fill="#fff">MARET 2025</text>
      ${cells.join('')}${ring(20)}${ring(25)}
      <circle cx="1450" cy="860" r="170" fill="#fff" stroke="#222" stroke-width="6"/>
      <polygon points="1450,790 1517,838 1491,917 1409,917 1383,838" fill="#222"/>`;
  },

  boat: ([, , accent], rnd) => {
    // A river race seen from the bank: one to three long boats, a rower every 28 px.
    const boats = 1 + Math.floor(rnd() * 3);
    const boat = (i: number) => {
      const y = 700 + i * 150 + rnd() * 40;
      const x = 100 + rnd() * 300 - i * 60;
      const len = 1100 + rnd() * 300;
      const rowers = Array.from({ length: Math.floor(len / 28) - 4 }, (_, k) => {
        const rx = x + 70 + k * 28;
        const lean = r1(Math.sin(k * 0.9 + i) * 10);
        return `<circle cx="${r1(rx + lean)}" cy="${r1(y - 46)}" r="9" fill="#2b1a10"/><line x1="${r1(rx + lean)}" y1="${r1(y - 38)}" x2="${r1(rx)}" y2="${r1(y - 8)}" stroke="#2b1a10" stroke-width="9"/><line x1="${r1(rx)}" y1="${r1(y - 20)}" x2="${r1(rx - 26)}" y2="${r1(y + 34)}" stroke="#e9d8b4" stroke-width="4"/>`;
      });
      const hull = `M${r1(x)} ${r1(y - 30)} Q ${r1(x + len / 2)} ${r1(y + 30)} ${r1(x + len)} ${r1(y - 60)} L ${r1(x + len - 30)} ${r1(y - 8)} Q ${r1(x + len / 2)} ${r1(y + 22)} ${r1(x + 20)} ${r1(y)} Z`;
      const flag = `<line x1="${r1(x + len - 10)}" y1="${r1(y - 60)}" x2="${r1(x + len - 10)}" y2="${r1(y - 170)}" stroke="#2b1a10" stroke-width="6"/><rect x="${r1(x + len - 10)}" y="${r1(y - 170)}" width="70" height="44" fill="${accent}"/>`;
      return `${rowers.join('')}<path d="${hull}" fill="${accent}" stroke="#2b1a10" stroke-width="6"/>${flag}
        <ellipse cx="${r1(x + len / 2)}" cy="${r1(y + 30)}" rx="${r1(len / 2)}" ry="16" fill="#fff" opacity="0.25"/>`;
    };
    const ripples = Array.from(
      { length: 14 },
      () =>
        `<path d="M${r1(rnd() * 1700)} ${r1(620 + rnd() * 560)} q 40 -10 80 0" stroke="#fff" stroke-opacity="0.3" stroke-width="4" fill="none"/>`,
    );
    return `<path d="M0 520 C400 480 800 540 1200 500 C1500 470 1700 500 1800 490 L1800 600 L0 600 Z" fill="#2f5a35"/>
      <rect x="0" y="590" width="${W}" height="610" fill="#6b5a3a" opacity="0.85"/>
      ${ripples.join('')}${Array.from({ length: boats }, (_, i) => boat(i)).join('')}`;
  },

  crowd: ([, , accent], rnd) => {
    // Spectators on a riverbank under umbrellas, the river beyond them.
    const heads = Array.from({ length: 70 }, (_, i) => {
      const row = i % 5;
      const x = (i * 53 + rnd() * 40) % W;
      const y = 820 + row * 80 + rnd() * 20;
      const shirt = rnd() > 0.6 ? accent : ['#f4efe6', '#2d4a6b', '#7a3b2e'][i % 3];
      return `<rect x="${r1(x - 24)}" y="${r1(y + 20)}" width="48" height="110" rx="18" fill="${shirt}"/><circle cx="${r1(x)}" cy="${r1(y)}" r="22" fill="#4a2f1f"/>`;
    });
    const umbrellas = Array.from({ length: 6 }, (_, i) => {
      const x = 150 + i * 300 + rnd() * 80;
      const y = 700 + rnd() * 60;
      return `<path d="M${r1(x - 110)} ${r1(y)} Q ${r1(x)} ${r1(y - 120)} ${r1(x + 110)} ${r1(y)} Z" fill="${i % 2 ? accent : '#f4efe6'}" opacity="0.9"/><line x1="${r1(x)}" y1="${r1(y)}" x2="${r1(x)}" y2="${r1(y + 160)}" stroke="#2b1a10" stroke-width="6"/>`;
    });
    return `<rect x="0" y="430" width="${W}" height="200" fill="#6b5a3a" opacity="0.8"/>
      <path d="M0 420 C500 380 1100 450 1800 400 L1800 440 L0 440 Z" fill="#2f5a35"/>
      <rect x="0" y="620" width="${W}" height="580" fill="#3d2b1a" opacity="0.6"/>
      ${umbrellas.join('')}${heads.join('')}`;
  },
};
