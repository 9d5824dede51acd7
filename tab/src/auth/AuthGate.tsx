import type { ReactNode } from 'react';
import { useHost } from '../host/host-context';
import { BrowserGate } from './BrowserGate';
import { HostGate } from './HostGate';

/** Renders its children once someone is signed in, by whichever way the host allows. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { host } = useHost();
  return host.kind === 'browser' ? <BrowserGate>{children}</BrowserGate> : <HostGate>{children}</HostGate>;
}
