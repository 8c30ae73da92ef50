import { DraftsPage } from '../drafts/DraftsPage';
import { DraftPage } from '../drafts/DraftPage';
import { PrintPage } from '../preview/PrintPage';
import { useRoute } from './router';

export function App() {
  const route = useRoute();
  if (route.page === 'preview') return <PrintPage key={`${route.id}-${route.variant}`} id={route.id} variant={route.variant} print={route.print} />;
  return route.page === 'draft' ? <DraftPage key={route.id} id={route.id} /> : <DraftsPage />;
}
