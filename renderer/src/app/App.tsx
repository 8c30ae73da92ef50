import { DraftsPage } from '../drafts/DraftsPage';
import { DraftPage } from '../drafts/DraftPage';
import { useRoute } from './router';

export function App() {
  const route = useRoute();
  return route.page === 'draft' ? <DraftPage key={route.id} id={route.id} /> : <DraftsPage />;
}
