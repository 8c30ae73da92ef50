import { DraftsPage } from '../drafts/DraftsPage';
import { DraftPage } from '../workspace/DraftPage';
import { PrintPage } from '../preview/PrintPage';
import { TrashPage } from '../drafts/TrashPage';
import { SettingsPage } from '../settings/SettingsPage';
import { RegisterPage } from '../register/RegisterPage';
import { StatusBanner } from './StatusBanner';
import { go, useRoute } from './router';
import { useState } from 'react';
import { AboutDialog } from './AboutDialog';
import { useMenuCommand } from './useMenuCommand';
import './shell.css';

export function App() {
  const route = useRoute();
  const [about, setAbout] = useState(false);
  // 文件 › 新建文稿 opens the 草稿箱, where each template has its 新建 button.
  useMenuCommand({ 'new-draft': () => go('/'), about: () => setAbout(true) });
  if (route.page === 'preview')
    return <PrintPage key={`${route.id}-${route.variant}`} id={route.id} variant={route.variant} print={route.print} />;
  const page =
    route.page === 'draft' ? (
      <DraftPage key={route.id} id={route.id} />
    ) : route.page === 'trash' ? (
      <TrashPage />
    ) : route.page === 'settings' ? (
      <SettingsPage />
    ) : route.page === 'numbers' ? (
      <RegisterPage />
    ) : (
      <DraftsPage />
    );
  // The shell is the window's height, so the draft page fits below a start-up banner.
  return (
    <div className="gw-shell">
      <StatusBanner />
      {page}
      {about && <AboutDialog onClose={() => setAbout(false)} />}
    </div>
  );
}
