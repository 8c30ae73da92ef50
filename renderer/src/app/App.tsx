import { DraftsPage } from '../drafts/DraftsPage';
import { DraftPage } from '../drafts/DraftPage';
import { PrintPage } from '../preview/PrintPage';
import { TrashPage } from '../drafts/TrashPage';
import { SettingsPage } from '../settings/SettingsPage';
import { RegisterPage } from '../numbers/RegisterPage';
import { StatusBanner } from './StatusBanner';
import { useRoute } from './router';

export function App() {
  const route = useRoute();
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
  return (
    <>
      <StatusBanner />
      {page}
    </>
  );
}
