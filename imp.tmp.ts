import { importText } from './shared/import/text';
import fs from 'node:fs';
for (const f of ['huzhu-2024', 'furong-2019', 'fushun-2024']) {
  const r = importText(fs.readFileSync(`/work/shared/fixtures/seeds/${f}.txt`));
  const d = r.doc ?? (r as any).document;
  console.log(f, Object.keys(r), JSON.stringify(d.meta).slice(0, 400), d.lead.length, d.body.length);
}
