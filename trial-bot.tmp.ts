import { MemoryStorage } from 'botbuilder';
import Fastify from 'fastify';
import { pino } from 'pino';
import { systemClock } from './api/src/domain/clock';
import { registerBot } from './bot/src/register-bot';

const app = Fastify({ logger: false });
app.get('/healthz', async () => ({ status: 'ok' }));
app.addHook('preHandler', async (request) => {
  if (request.url === '/api/messages') console.log('IN', JSON.stringify(request.body));
});
const saved = new Map();
await registerBot(app, {
  config: { appType: 'MultiTenant' },
  logger: pino({ level: 'debug' }),
  clock: systemClock,
  tenantId: process.env.TRIAL_TENANT ?? '00000000-0000-0000-0000-000000000001',
  conversations: {
    async save(t, a, r, l) { console.log('SAVED', t, a, l); saved.set(a, r); },
    get: async (_t, a) => saved.get(a),
  },
  storage: new MemoryStorage(),
});
await app.listen({ port: 3978, host: '127.0.0.1' });
console.log('trial bot on 3978');
