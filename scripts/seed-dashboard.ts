/**
 * `npm run seed:dashboard`: adds a large running programme to the service's database (DATABASE_URL,
 * or PGlite under DATA_DIR) in the demo tenant: 10,000 participants, 5,000 pairs, 60,000 sessions
 * over twelve months, 100,000 feedback answers, survey answers. The demo admin persona is its admin
 * and the sponsor persona its sponsor. Run again, it leaves the programme as it is. Stop the service
 * first on PGlite (one process at a time).
 */
import { loadConfig } from '../api/src/config/config';
import { seedDashboardDatabase } from '../tests/bench/dashboard-database';

const started = Date.now();
const seeded = await seedDashboardDatabase(loadConfig(), new Date());
const admin = seeded.personas.find((p) => p.persona === 'admin');
process.stdout.write(
  `${JSON.stringify({
    programmeId: seeded.programmeId,
    created: seeded.created,
    participants: seeded.participants,
    pairs: seeded.pairs,
    sessions: seeded.sessions,
    feedback: seeded.feedback,
    prompts: seeded.prompts,
    surveys: seeded.surveys,
    admin: admin?.userPrincipalName,
    dashboard: `/api/v1/programmes/${seeded.programmeId}/dashboard`,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  })}\n`,
);
