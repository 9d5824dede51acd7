import { loadConfig } from './config/config';
import { ConfigError } from './config/env';
import { startService } from './service';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const started = Date.now();
  const service = await startService({ config });
  const url = service.publicUrl;
  const lines = [
    '',
    `Binôme is running on ${url}  (${config.microsoft.mode} mode, ${service.db.kind}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    `  Tab (open in a browser):  ${url}/`,
    `  API docs:                 ${url}/api/docs`,
    `  Bot endpoint:             ${url}/api/messages   (chat with it: npm run playground)`,
    `  Health:                   ${url}/healthz  ${url}/readyz`,
  ];
  if (service.demo) {
    lines.push(
      `  Demo tenant Graph:        ${url}/_demo/graph/v1.0  (token: POST ${url}/_demo/token {"upn": …})`,
      `  Sign in as (demo tenant "${service.demo.tenant.displayName}"):`,
    );
    for (const p of await service.demo.tenant.personas()) {
      lines.push(
        `    ${p.persona.padEnd(8)} ${p.displayName.padEnd(28)} ${p.userPrincipalName}  — ${p.jobTitle ?? ''}`,
      );
    }
  }
  console.log(lines.join('\n'));

  const stop = async (signal: string) => {
    service.app.log.info({ signal }, 'shutting down');
    await service.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Binôme could not start:', error instanceof Error ? error.message : error);
  if (error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
});
