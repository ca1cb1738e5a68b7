// `node scripts/icons.mjs`: draws the extension's toolbar and store icons (public/icon/{16,32,48,128}.png) — the same
// 填 mark as the overlay's pill: a white 填 on the accent blue (#1a5fb4), in a rounded square. Drawn on a canvas in
// Debian's Chromium (already needed for the e2e tests) with a CJK font (fonts-wqy-microhei), so no image tool is
// needed. Re-run it after changing the mark; the PNGs are committed.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, ROOT } from './lib/replicas.mjs';

const SIZES = [16, 32, 48, 128];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.setContent('<canvas></canvas>');
for (const size of SIZES) {
  const dataUrl = await page.evaluate(async (n) => {
    const canvas = document.querySelector('canvas');
    canvas.width = n;
    canvas.height = n;
    const g = canvas.getContext('2d');
    g.clearRect(0, 0, n, n);
    // A small icon keeps almost no margin: the glyph must stay legible at 16 px.
    const inset = n <= 16 ? 0 : Math.round(n / 16);
    const radius = Math.max(2, Math.round(n * 0.2));
    g.fillStyle = '#1a5fb4';
    g.beginPath();
    g.roundRect(inset, inset, n - 2 * inset, n - 2 * inset, radius);
    g.fill();
    const font = `bold ${Math.round(n * (n <= 16 ? 0.86 : 0.68))}px "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif`;
    await document.fonts.load(font, '填');
    g.font = font;
    g.fillStyle = '#ffffff';
    g.textAlign = 'center';
    g.textBaseline = 'alphabetic';
    const m = g.measureText('填');
    // Centre the glyph's ink, not its em box (CJK glyphs sit off the middle of theirs).
    g.fillText('填', n / 2, n / 2 + (m.actualBoundingBoxAscent - m.actualBoundingBoxDescent) / 2);
    return canvas.toDataURL('image/png');
  }, size);
  const file = path.join(ROOT, 'public/icon', `${size}.png`);
  fs.writeFileSync(file, Buffer.from(dataUrl.split(',')[1], 'base64'));
  console.log(`${path.relative(ROOT, file)} (${size}×${size})`);
}
await browser.close();
