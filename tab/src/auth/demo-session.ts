const STORAGE_KEY = 'binome.demoUpn';

/**
 * The person chosen at dev sign-in, kept for the browser tab's lifetime so a reload, an expired
 * token or a restarted service signs the same person in again without asking.
 */
export const demoSession = {
  read(): string | null {
    try {
      return sessionStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  },
  write(upn: string): void {
    try {
      sessionStorage.setItem(STORAGE_KEY, upn);
    } catch {
      // Blocked storage: the sign-in lasts for this page only.
    }
  },
  clear(): void {
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing stored, nothing to clear.
    }
  },
};
