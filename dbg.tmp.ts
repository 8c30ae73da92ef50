import { measure } from './shared/layout/linebreak';
for (const l of process.argv.slice(2)) { const m = measure([{ text: l, style: { size: 16, spacing: -5 } }]); let x = 0; m.widths.forEach((w, i) => x += w + (i ? m.gaps[i]! : 0)); console.log(l, x / 20 + 79.5); }
