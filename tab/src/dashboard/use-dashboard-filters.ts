import { useSearchParams } from 'react-router';
import type { DashboardQuery } from './dashboard-api';

/** The dashboard's filters live in the address, so a filtered view can be shared and printed. */
export function useDashboardFilters(): [DashboardQuery, (next: DashboardQuery) => void] {
  const [params, setParams] = useSearchParams();
  const filters: DashboardQuery = {
    ...(params.get('department') ? { department: params.get('department') as string } : {}),
    ...(params.get('from') ? { from: params.get('from') as string } : {}),
    ...(params.get('to') ? { to: params.get('to') as string } : {}),
  };
  const setFilters = (next: DashboardQuery) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    setParams(search, { replace: true });
  };
  return [filters, setFilters];
}
