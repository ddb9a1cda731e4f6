import { useState } from 'react';
import { Button } from './Button';

/** "Show more" under a paged list: busy while the next page loads (`loadMore` fetches it). */
export function ShowMoreButton({ label, loadMore }: { label: string; loadMore: () => Promise<unknown> }) {
  const [loading, setLoading] = useState(false);
  return (
    <Button
      variant="secondary"
      busy={loading}
      onClick={() => {
        setLoading(true);
        void loadMore().finally(() => setLoading(false));
      }}
    >
      {label}
    </Button>
  );
}
