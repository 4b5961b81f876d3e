// Dev tool: draws the demo dataset's pictures (src/demo/images/*.webp). The files are committed;
// nothing runs this at build or install time. Run it again only to change a picture:
//
//   node scripts/make-demo-images.mjs            (CHROME_PATH overrides /usr/bin/chromium)
//
// Each picture is an abstract illustration drawn on a <canvas> in headless Chromium (already
// the test browser, driven by the puppeteer-core devDependency), exported as WebP in two widths
// so `srcset` is real, with the quality lowered until the file fits its byte budget.
// Nothing here is random at run time: a seeded generator makes every run draw the same shapes.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const OUT = new URL('../src/demo/images/', import.meta.url);

/** [file stem, widths, height/width, byte budget per width] */
const ARTICLE = [480, 960];
const AVATAR = [96, 192];
const pictures = [
  ...[
    'russia-china',
    'babyx',
    'cpec',
    'south-china-sea',
    'gef',
    'media-gaza',
    'central-bank',
    'glacier-lakes',
    'karachi-wind',
    'editors-note',
    'solar-market',
    'newsroom-ai',
    'cocoa',
  ].map((name) => ({ name, widths: ARTICLE, ratio: 9 / 16, budget: { 480: 6000, 960: 12500 } })),
  ...['saeed-minhas', 'farah-qadri', 'tomas-ibanez', 'lena-vogt-adeyemi'].map((name) => ({
    name: `avatar-${name}`,
    widths: AVATAR,
    ratio: 1,
    budget: { 96: 2500, 192: 5000 },
  })),
];

// Runs in the page: draws picture `name` on a 960-unit-wide canvas (its height follows the
// ratio), so every width is the same drawing scaled.
function drawAll() {
  const TAU = Math.PI * 2;
  const rng = (seed) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const linear = (c, x0, y0, x1, y1, stops) => {
    const g = c.createLinearGradient(x0, y0, x1, y1);
    stops.forEach((s, i) => g.addColorStop(i / (stops.length - 1), s));
    return g;
  };
  const radial = (c, x, y, r, stops) => {
    const g = c.createRadialGradient(x, y, 0, x, y, r);
    stops.forEach((s, i) => g.addColorStop(i / (stops.length - 1), s));
    return g;
  };
  const fill = (c, style, path) => {
    c.beginPath();
    path();
    c.fillStyle = style;
    c.fill();
  };
  const disc = (c, x, y, r, style) => fill(c, style, () => c.arc(x, y, r, 0, TAU));
  const background = (c, W, H, top, bottom) => {
    c.fillStyle = linear(c, 0, 0, 0, H, [top, bottom]);
    c.fillRect(0, 0, W, H);
  };
  const ridge = (c, W, H, base, amp, seed, style) => {
    const r = rng(seed);
    fill(c, style, () => {
      c.moveTo(0, H);
      for (let x = 0; x <= W; x += 40) c.lineTo(x, base - amp * (0.4 + 0.6 * Math.abs(Math.sin(x / 170 + seed)) * r()));
      c.lineTo(W, H);
    });
  };

  const avatar = (c, W, H, [a, b], initials) => {
    c.fillStyle = linear(c, 0, 0, W, H, [a, b]);
    c.fillRect(0, 0, W, H);
    disc(c, W * 0.85, H * 0.1, W * 0.45, 'rgba(255,255,255,0.12)');
    c.fillStyle = '#fff';
    c.font = `600 ${Math.round(W * 0.4)}px "DejaVu Sans", sans-serif`;
    c.textAlign = 'center';
    c.textBaseline = 'middle';
    c.fillText(initials, W / 2, H * 0.53);
  };

  const draw = {
    // A small crimson disc half hidden behind a larger gold disc, over a dark map grid.
    'russia-china'(c, W, H) {
      background(c, W, H, '#14213d', '#0b1426');
      c.strokeStyle = 'rgba(160,190,255,0.16)';
      c.lineWidth = 2;
      for (let i = -6; i <= 6; i++) {
        c.beginPath();
        c.ellipse(W / 2, H / 2, Math.abs(i) * 80 + 1, H * 0.75, 0, 0, TAU);
        c.stroke();
      }
      for (let y = 40; y < H; y += 70) {
        c.beginPath();
        c.moveTo(0, y);
        c.lineTo(W, y);
        c.stroke();
      }
      disc(c, W * 0.36, H * 0.5, 150, radial(c, W * 0.33, H * 0.42, 170, ['#e63946', '#8d0f1c']));
      c.shadowColor = 'rgba(0,0,0,0.5)';
      c.shadowBlur = 30;
      disc(c, W * 0.58, H * 0.52, 210, radial(c, W * 0.54, H * 0.42, 240, ['#ffd166', '#e09f1f', '#b8730b']));
      c.shadowBlur = 0;
    },
    // Two soft circles, one large and one small, linked by ripples on a peach background.
    babyx(c, W, H) {
      background(c, W, H, '#ffe5d4', '#ffc9b0');
      c.strokeStyle = 'rgba(190,90,70,0.35)';
      c.lineWidth = 4;
      for (let i = 1; i <= 5; i++) {
        c.beginPath();
        c.arc(W * 0.3, H * 0.52, 120 + i * 45, -0.5, 0.5);
        c.stroke();
      }
      disc(c, W * 0.3, H * 0.52, 130, radial(c, W * 0.27, H * 0.45, 150, ['#fff5ee', '#f4a18a']));
      disc(c, W * 0.74, H * 0.56, 80, radial(c, W * 0.72, H * 0.5, 95, ['#fff5ee', '#e07a5f']));
    },
    // A winding road crossing layered ochre ridges, with stops marked.
    cpec(c, W, H) {
      background(c, W, H, '#fbe8c8', '#f3c98b');
      disc(c, W * 0.8, H * 0.22, 60, 'rgba(255,250,235,0.9)');
      ridge(c, W, H, H * 0.45, 170, 3, '#c98b4b');
      ridge(c, W, H, H * 0.62, 140, 7, '#a4683a');
      ridge(c, W, H, H * 0.8, 110, 11, '#6f4526');
      c.strokeStyle = '#fffaf0';
      c.lineWidth = 10;
      c.lineCap = 'round';
      c.beginPath();
      c.moveTo(W * 0.05, H * 0.95);
      c.bezierCurveTo(W * 0.35, H * 0.7, W * 0.2, H * 0.45, W * 0.5, H * 0.5);
      c.bezierCurveTo(W * 0.75, H * 0.55, W * 0.7, H * 0.3, W * 0.95, H * 0.28);
      c.stroke();
      for (const [x, y] of [[0.05, 0.95], [0.5, 0.5], [0.95, 0.28]]) disc(c, W * x, H * y, 16, '#2a9d8f');
    },
    // Teal sea waves with scattered islands inside a dashed boundary.
    'south-china-sea'(c, W, H) {
      background(c, W, H, '#1d7874', '#0b3c49');
      c.strokeStyle = 'rgba(255,255,255,0.14)';
      c.lineWidth = 6;
      for (let y = 45; y < H; y += 80) {
        c.beginPath();
        for (let x = 0; x <= W; x += 20) c.lineTo(x, y + 10 * Math.sin(x / 60 + y));
        c.stroke();
      }
      const r = rng(42);
      for (let i = 0; i < 14; i++) disc(c, W * (0.3 + 0.4 * r()), H * (0.25 + 0.5 * r()), 6 + 12 * r(), '#f4e3b5');
      c.setLineDash([18, 14]);
      c.strokeStyle = '#ffb703';
      c.lineWidth = 5;
      c.beginPath();
      c.ellipse(W * 0.5, H * 0.5, W * 0.26, H * 0.36, 0.2, 0, TAU);
      c.stroke();
      c.setLineDash([]);
    },
    // A green leaf beside a stack of gold coins.
    gef(c, W, H) {
      background(c, W, H, '#f1f7ed', '#d8ead0');
      for (let i = 0; i < 6; i++) {
        c.beginPath();
        c.ellipse(W * 0.66, H * 0.78 - i * 38, 130, 38, 0, 0, TAU);
        c.fillStyle = i % 2 ? '#e9b949' : '#d49b1f';
        c.fill();
        c.strokeStyle = '#9c6b0c';
        c.lineWidth = 3;
        c.stroke();
      }
      c.save();
      c.translate(W * 0.32, H * 0.52);
      c.rotate(-0.6);
      fill(c, linear(c, -200, 0, 200, 0, ['#52b788', '#1b4332']), () => {
        c.moveTo(-210, 0);
        c.quadraticCurveTo(0, -170, 210, 0);
        c.quadraticCurveTo(0, 170, -210, 0);
      });
      c.strokeStyle = 'rgba(255,255,255,0.6)';
      c.lineWidth = 5;
      c.beginPath();
      c.moveTo(-200, 0);
      c.lineTo(200, 0);
      c.stroke();
      c.restore();
    },
    // Overlapping grey screens showing the same wavy line, each bent differently.
    'media-gaza'(c, W, H) {
      background(c, W, H, '#2b2d42', '#1a1b2b');
      const screens = [[0.08, 0.18, 0.0], [0.34, 0.3, 0.6], [0.6, 0.14, 1.4]];
      screens.forEach(([x, y, bend], i) => {
        const sx = W * x, sy = H * y, sw = 330, sh = 240;
        c.fillStyle = ['#8d99ae', '#a9b4c6', '#c5cdd9'][i];
        c.fillRect(sx, sy, sw, sh);
        c.fillStyle = '#edf2f4';
        c.fillRect(sx + 14, sy + 14, sw - 28, sh - 28);
        c.strokeStyle = '#d90429';
        c.lineWidth = 6;
        c.beginPath();
        for (let t = 0; t <= 1; t += 0.02) {
          c.lineTo(sx + 24 + t * (sw - 48), sy + sh / 2 + 50 * Math.sin(t * TAU + bend) * (1 + bend * t));
        }
        c.stroke();
      });
    },
    // Bar chart columns falling from left to right beneath a flat line.
    'central-bank'(c, W, H) {
      background(c, W, H, '#eef3f8', '#d6e2ee');
      const bars = [0.78, 0.7, 0.6, 0.52, 0.45, 0.4, 0.36];
      bars.forEach((h, i) => {
        c.fillStyle = linear(c, 0, H * (1 - h), 0, H, ['#3a6ea5', '#004e98']);
        c.fillRect(90 + i * 115, H * (1 - h), 80, H * h);
      });
      c.strokeStyle = '#ff6700';
      c.lineWidth = 8;
      c.beginPath();
      c.moveTo(40, H * 0.16);
      c.lineTo(W - 40, H * 0.16);
      c.stroke();
    },
    // Snow-capped peaks above small turquoise lakes in the valleys.
    'glacier-lakes'(c, W, H) {
      background(c, W, H, '#cfe8ff', '#f5fbff');
      const peaks = [[0.18, 0.18], [0.45, 0.08], [0.75, 0.2], [0.98, 0.3]];
      peaks.forEach(([x, y]) => {
        fill(c, '#5c6f82', () => {
          c.moveTo(W * (x - 0.25), H * 0.8);
          c.lineTo(W * x, H * y);
          c.lineTo(W * (x + 0.25), H * 0.8);
        });
        fill(c, '#ffffff', () => {
          c.moveTo(W * (x - 0.075), H * (y + 0.2));
          c.lineTo(W * x, H * y);
          c.lineTo(W * (x + 0.075), H * (y + 0.2));
          c.lineTo(W * (x + 0.03), H * (y + 0.16));
          c.lineTo(W * (x - 0.01), H * (y + 0.22));
        });
      });
      c.fillStyle = '#3d5a80';
      c.fillRect(0, H * 0.8, W, H * 0.2);
      for (const [x, w] of [[0.3, 90], [0.6, 120], [0.86, 70]]) {
        c.beginPath();
        c.ellipse(W * x, H * 0.88, w, 18, 0, 0, TAU);
        c.fillStyle = '#48cae4';
        c.fill();
      }
    },
    // Three wind turbines on a coastline under an orange evening sky.
    'karachi-wind'(c, W, H) {
      background(c, W, H, '#ff9e5e', '#ffd6a5');
      disc(c, W * 0.2, H * 0.62, 70, 'rgba(255,240,200,0.9)');
      c.fillStyle = '#277da1';
      c.fillRect(0, H * 0.66, W, H * 0.34);
      fill(c, '#e9c46a', () => {
        c.moveTo(W * 0.35, H);
        c.quadraticCurveTo(W * 0.6, H * 0.7, W, H * 0.68);
        c.lineTo(W, H);
      });
      [[0.55, 0.32, 0.2], [0.72, 0.26, 1.1], [0.88, 0.36, 2.0]].forEach(([x, y, turn]) => {
        const hx = W * x, hy = H * y;
        c.strokeStyle = '#f8f9fa';
        c.lineWidth = 8;
        c.beginPath();
        c.moveTo(hx, hy);
        c.lineTo(hx, H * 0.74);
        c.stroke();
        c.lineWidth = 6;
        for (let k = 0; k < 3; k++) {
          const a = turn + (k * TAU) / 3;
          c.beginPath();
          c.moveTo(hx, hy);
          c.lineTo(hx + 95 * Math.cos(a), hy + 95 * Math.sin(a));
          c.stroke();
        }
        disc(c, hx, hy, 9, '#f8f9fa');
      });
    },
    // Stacked sheets of ruled paper crossed by a red editing mark.
    'editors-note'(c, W, H) {
      background(c, W, H, '#e9e4d8', '#d8d0bd');
      [[-0.08, 0.3], [0.04, 0.36], [0.0, 0.42]].forEach(([rot, x]) => {
        c.save();
        c.translate(W * x + 160, H * 0.5);
        c.rotate(rot);
        c.shadowColor = 'rgba(0,0,0,0.2)';
        c.shadowBlur = 20;
        c.fillStyle = '#fffdf7';
        c.fillRect(-170, -220, 340, 440);
        c.shadowBlur = 0;
        c.strokeStyle = '#b8c4d6';
        c.lineWidth = 3;
        for (let y = -170; y < 200; y += 34) {
          c.beginPath();
          c.moveTo(-140, y);
          c.lineTo(140, y);
          c.stroke();
        }
        c.restore();
      });
      c.strokeStyle = '#c1121f';
      c.lineWidth = 10;
      c.lineCap = 'round';
      c.beginPath();
      c.moveTo(W * 0.36, H * 0.4);
      c.bezierCurveTo(W * 0.5, H * 0.3, W * 0.55, H * 0.7, W * 0.7, H * 0.55);
      c.stroke();
    },
    // Rows of blue solar panels under a large yellow sun.
    'solar-market'(c, W, H) {
      background(c, W, H, '#caf0f8', '#fefae0');
      disc(c, W * 0.78, H * 0.22, 85, radial(c, W * 0.78, H * 0.22, 85, ['#fff3b0', '#ffb703']));
      for (let row = 0; row < 3; row++) {
        for (let i = 0; i < 5; i++) {
          const x = 40 + i * 170 + row * 30, y = H * 0.5 + row * 85;
          fill(c, linear(c, x, y, x + 150, y + 70, ['#4361ee', '#1d3557']), () => {
            c.moveTo(x + 30, y);
            c.lineTo(x + 160, y);
            c.lineTo(x + 130, y + 70);
            c.lineTo(x, y + 70);
          });
        }
      }
    },
    // A network of connected dots over columns of newspaper text blocks.
    'newsroom-ai'(c, W, H) {
      background(c, W, H, '#f8f9fa', '#e9ecef');
      c.fillStyle = '#ced4da';
      for (let col = 0; col < 3; col++) {
        for (let y = 70; y < H - 50; y += 44) c.fillRect(80 + col * 290, y, 240 - ((y * 7 + col * 13) % 70), 16);
      }
      const r = rng(7);
      const nodes = Array.from({ length: 9 }, () => [W * (0.1 + 0.8 * r()), H * (0.1 + 0.8 * r())]);
      c.strokeStyle = 'rgba(114,9,183,0.55)';
      c.lineWidth = 3;
      nodes.forEach(([x, y], i) => {
        const [nx, ny] = nodes[(i * 5 + 3) % nodes.length];
        const [mx, my] = nodes[(i + 1) % nodes.length];
        c.beginPath();
        c.moveTo(x, y);
        c.lineTo(nx, ny);
        c.moveTo(x, y);
        c.lineTo(mx, my);
        c.stroke();
      });
      nodes.forEach(([x, y]) => disc(c, x, y, 14, '#7209b7'));
    },
    // Cocoa pods beneath a steeply rising price line.
    cocoa(c, W, H) {
      background(c, W, H, '#f6d8ae', '#e8b67a');
      [[0.25, 0.68, -0.4, '#8c4a1c'], [0.45, 0.74, 0.2, '#a65e2e'], [0.66, 0.7, -0.1, '#c47a3d']].forEach(([x, y, rot, col]) => {
        c.save();
        c.translate(W * x, H * y);
        c.rotate(rot);
        c.beginPath();
        c.ellipse(0, 0, 120, 62, 0, 0, TAU);
        c.fillStyle = col;
        c.fill();
        c.strokeStyle = 'rgba(60,25,5,0.45)';
        c.lineWidth = 4;
        for (const k of [-0.5, 0, 0.5]) {
          c.beginPath();
          c.ellipse(0, k * 60, 110, 8, 0, 0, Math.PI);
          c.stroke();
        }
        c.restore();
      });
      c.strokeStyle = '#2d6a4f';
      c.lineWidth = 9;
      c.lineJoin = 'round';
      c.beginPath();
      [[0.05, 0.5], [0.25, 0.46], [0.4, 0.48], [0.55, 0.36], [0.7, 0.3], [0.82, 0.16], [0.95, 0.06]].forEach(([x, y]) =>
        c.lineTo(W * x, H * y),
      );
      c.stroke();
    },
    'avatar-saeed-minhas': (c, W, H) => avatar(c, W, H, ['#1d3557', '#457b9d'], 'SM'),
    'avatar-farah-qadri': (c, W, H) => avatar(c, W, H, ['#2d6a4f', '#74c69d'], 'FQ'),
    'avatar-tomas-ibanez': (c, W, H) => avatar(c, W, H, ['#9d0208', '#e85d04'], 'TI'),
    'avatar-lena-vogt-adeyemi': (c, W, H) => avatar(c, W, H, ['#5a189a', '#c77dff'], 'LV'),
  };

  /** Draws `name` once at 960 units wide, then scales it down to `width` and encodes it. */
  window.render = (name, ratio, width, quality) => {
    const master = document.createElement('canvas');
    master.width = 960;
    master.height = Math.round(960 * ratio);
    draw[name](master.getContext('2d'), master.width, master.height);
    const out = document.createElement('canvas');
    out.width = width;
    out.height = Math.round(width * ratio);
    const c = out.getContext('2d');
    c.imageSmoothingQuality = 'high';
    c.drawImage(master, 0, 0, out.width, out.height);
    return out.toDataURL('image/webp', quality);
  };
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.evaluate(drawAll);
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.webp')) rmSync(new URL(f, OUT));
  let total = 0;
  for (const { name, widths, ratio, budget } of pictures) {
    for (const width of widths) {
      let quality = 0.82;
      let bytes;
      for (;;) {
        const url = await page.evaluate((...a) => window.render(...a), name, ratio, width, quality);
        bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
        if (!url.startsWith('data:image/webp')) throw new Error('this browser cannot encode WebP');
        if (bytes.length <= budget[width] || quality <= 0.3) break;
        quality -= 0.06;
      }
      const file = `${name}-${width}.webp`;
      writeFileSync(new URL(file, OUT), bytes);
      total += bytes.length;
      console.log(`${file.padEnd(34)} ${String(bytes.length).padStart(6)} B  q=${quality.toFixed(2)}`);
    }
  }
  console.log(`total ${total} B in ${readdirSync(OUT).filter((f) => statSync(new URL(f, OUT)).isFile()).length} files`);
} finally {
  await browser.close();
}
