/** Where data lives when nobody says otherwise (the Electron shell uses app.getPath('userData')). */
import os from 'node:os';
import path from 'node:path';

const APP_DIR_NAME = 'gongwen-studio';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GONGWEN_DATA_DIR) return env.GONGWEN_DATA_DIR;
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_DIR_NAME);
}
