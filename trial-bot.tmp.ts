import { MemoryStorage } from 'botbuilder';
import Fastify from 'fastify';
import { pino } from 'pino';
import { systemClock } from './api/src/domain/clock';
import { registerBot } from './bot/src/register-bot';

const app = Fastify({ logger: false });
app.get('/healthz', async () => ({ status: 'ok' }));
// Borrow the demo sign-in of a real service running on 3990.
app.get('/_demo/people', async () => (await fetch('http://127.0.0.1:3990/_demo/people')).json());
app.post('/_demo/token', async (request) =>
  (await fetch('http://127.0.0.1:3990/_demo/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body) })).json());
app.addHook('preHandler', async (request) => {
  if (request.url === '/api/messages') console.log('IN', JSON.stringify(request.body));
});
const saved = new Map();
await registerBot(app, {
  config: { appType: 'MultiTenant' },
  logger: pino({ level: 'debug' }),
  clock: systemClock,
  tenantId: '6f3c2a1e-7b5d-4c8e-9a0f-b1d2e3c4f5a6',
  conversations: {
    async save(t, a, r, l) { console.log('SAVED', t, a, l); saved.set(a, r); },
    get: async (_t, a) => saved.get(a),
  },
  storage: new MemoryStorage(),
});
await app.listen({ port: 3978, host: '127.0.0.1' });
console.log('trial bot on 3978');
