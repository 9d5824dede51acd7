import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Microsoft 365 hosts that may frame the tab (Teams, Outlook, the Microsoft 365 app), as listed in
 * Teams' tab requirements; *.cloud.microsoft is where those web clients are moving.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    // The tab lives in an iframe of Microsoft 365 hosts: frame-ancestors replaces X-Frame-Options.
    frameguard: false,
    crossOriginEmbedderPolicy: false,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'frame-ancestors': FRAME_ANCESTORS,
        'script-src': ["'self'", 'https://res.cdn.office.net'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'", 'https://res.cdn.office.net'],
        'upgrade-insecure-requests': null,
      },
    },
  });
}
