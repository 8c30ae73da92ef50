import { DraftsPage } from '../drafts/DraftsPage';
import { DraftPage } from '../drafts/DraftPage';
import { useRoute } from './router';

export function App() {
  const route = useRoute();
  return route.page === 'draft' ? <DraftPage id={route.id} /> : <DraftsPage />;
}
