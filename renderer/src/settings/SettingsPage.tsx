/** 设置: 机关信息 (organ profiles), 自定义词典 (公文校对), and 备份与数据包 (backups, moving to a new PC). */
import { useState } from 'react';
import { ProfilesSection } from './ProfilesSection';
import { BackupsSection } from './BackupsSection';
import { DictionarySection } from './DictionarySection';
import { FontCheckSection } from '../preview/FontCheckDialog';
import { S } from './messages';
import { NoticeLine, type Notice } from '../ui/Notice';
import { BackLink } from '../ui/BackLink';
import '../drafts/drafts.css';
import './settings.css';

export function SettingsPage() {
  const [notice, setNotice] = useState<Notice | null>(null);
  return (
    <main className="gw-page gw-settings">
      <header className="gw-toolbar">
        <BackLink />
        <h1>{S.title}</h1>
      </header>
      <NoticeLine notice={notice} />
      <ProfilesSection onNotice={setNotice} />
      <FontCheckSection />
      <DictionarySection onNotice={setNotice} />
      <BackupsSection onNotice={setNotice} />
    </main>
  );
}
