/** A chosen file as base64 for `drafts.import` (the same in Electron and in the browser). */

/** The importer's own limit (shared/import): larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      // A data URL: "data:<type>;base64,<data>".
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
