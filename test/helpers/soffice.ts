/** Convert files with LibreOffice (a private profile, so parallel runs do not collide). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `soffice --headless --convert-to <format>` for several inputs in one run; returns the output
 * paths. Plain-text inputs are read as UTF-8, one paragraph a line.
 */
export function sofficeConvert(inputs: readonly string[], format: 'docx' | 'doc' | 'odt', outDir: string): string[] {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-'));
  const filter = { docx: 'docx:MS Word 2007 XML', doc: 'doc:MS Word 97', odt: 'odt:writer8' }[format];
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--infilter=Text (encoded):UTF8,LF,,,',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        ...inputs,
      ],
      { stdio: 'pipe', timeout: 180_000, env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const outs = inputs.map((p) => path.join(outDir, path.basename(p).replace(/\.[^.]+$/, `.${format}`)));
  for (const p of outs) if (!fs.existsSync(p)) throw new Error(`LibreOffice did not produce ${p}`);
  return outs;
}
