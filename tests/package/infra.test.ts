import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { envSchema } from '../../api/src/config/env';
import { envFile, ph, placeholders, readJson, readText, root } from './app-package';

// Bicep cannot be compiled here, so these tests hold the Teams app, the toolkit files, the
// environment files and the Bicep template to each other.

interface Action {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface ProjectFile {
  version: string;
  environmentFolderPath?: string;
  provision?: Action[];
  deploy?: Action[];
  publish?: Action[];
}

const project = parse(readText('teamsapp.yml')) as ProjectFile;
const localProject = parse(readText('teamsapp.local.yml')) as ProjectFile;
const bicep = readText('infra/azure.bicep');
const parameters = readJson<{ parameters: Record<string, { value: string }> }>(
  'infra/azure.parameters.json',
).parameters;

const actions = (file: ProjectFile) => [
  ...(file.provision ?? []),
  ...(file.deploy ?? []),
  ...(file.publish ?? []),
];
const written = (file: ProjectFile) =>
  new Set(actions(file).flatMap((action) => Object.values(action.writeToEnvironmentFile ?? {})));

/** Variables a stage writes without listing them: aadApp/update generates the scope id it uses. */
const GENERATED_BY_TOOLKIT = ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'];
/** Secrets people set themselves in env/.env.<env>.user, as the env file's comments ask. */
const documentedSecrets = (envName: string) =>
  [...readText(`env/.env.${envName}`).matchAll(/^#\s+(SECRET_[A-Z0-9_]+)=/gm)].map((m) => m[1]);

// --- A small reader for the parts of azure.bicep the tests look at ---------------------------
interface BicepParam {
  name: string;
  hasDefault: boolean;
  secure: boolean;
}
function bicepParams(text: string): BicepParam[] {
  const found: BicepParam[] = [];
  let decorators: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('@')) {
      decorators.push(trimmed);
      continue;
    }
    const match = /^param\s+(\w+)\s+\w+(\s*=.*)?$/.exec(trimmed);
    if (match)
      found.push({ name: match[1], hasDefault: Boolean(match[2]), secure: decorators.includes('@secure()') });
    decorators = [];
  }
  return found;
}
/** The `{ … }` body that follows the first line matching `opening`, braces balanced. */
function block(text: string, opening: RegExp): string {
  const start = text.search(opening);
  if (start < 0) throw new Error(`no block matching ${opening}`);
  const open = text.indexOf('{', start);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error(`unbalanced block after ${opening}`);
}
function appSettings(): Record<string, string> {
  const resource = block(bicep, /resource \w+ 'Microsoft\.Web\/sites\/config@[^']+' = \{/);
  const properties = block(resource, /\n\s{2}properties: \{/);
  return Object.fromEntries(
    properties
      .split('\n')
      .map((line) => /^\s*([A-Z][A-Z0-9_]*):\s*(.+?)\s*$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2]]),
  );
}
const bicepOutputs = () => [...bicep.matchAll(/^output\s+(\w+)\s+string\s*=/gm)].map((m) => m[1]);
const keyVaultSecretValue = (resourceName: string) =>
  /value:\s*(.+)/.exec(
    block(bicep, new RegExp(`resource ${resourceName} 'Microsoft\\.KeyVault/vaults/secrets@`)),
  )?.[1];

describe('placeholders in the app and toolkit files', () => {
  const remote = new Set([
    ...written(project),
    ...bicepOutputs(),
    ...Object.keys(envFile('dev')),
    ...documentedSecrets('dev'),
    ...GENERATED_BY_TOOLKIT,
  ]);
  const localVars = new Set([
    ...written(localProject),
    ...Object.keys(envFile('local')),
    ...GENERATED_BY_TOOLKIT,
  ]);

  it.each(['appPackage/manifest.json', 'appPackage/fr.json', 'aad.manifest.json'])(
    '%s only uses variables both environments provide',
    (file) => {
      const used = placeholders(readText(file));
      expect(used.filter((name) => !remote.has(name))).toEqual([]);
      expect(used.filter((name) => !localVars.has(name))).toEqual([]);
    },
  );

  it('teamsapp.yml and the Bicep parameters only use variables the dev environment provides', () => {
    const used = [
      ...placeholders(readText('teamsapp.yml')),
      ...placeholders(readText('infra/azure.parameters.json')),
    ];
    expect(used.filter((name) => !remote.has(name))).toEqual([]);
  });

  it('teamsapp.local.yml only uses variables the local environment provides', () => {
    expect(placeholders(readText('teamsapp.local.yml')).filter((name) => !localVars.has(name))).toEqual([]);
  });

  it('gives every value the toolkit writes a slot in the env file (secrets go to the .user file)', () => {
    for (const [file, envName] of [
      [project, 'dev'],
      [localProject, 'local'],
    ] as const) {
      const slots = envFile(envName);
      const missing = [...written(file), ...(file === project ? bicepOutputs() : [])].filter(
        (name) => !name.startsWith('SECRET_') && !(name in slots),
      );
      expect(missing, `env/.env.${envName}`).toEqual([]);
    }
  });

  it('keeps secrets out of the committed env files', () => {
    for (const envName of ['local', 'dev']) {
      expect(Object.keys(envFile(envName)).filter((name) => name.startsWith('SECRET_'))).toEqual([]);
    }
    expect(readText('env/.gitignore')).toMatch(/^\.env\.\*\.user$/m);
  });
});

describe('the toolkit project files', () => {
  // Required `with` keys of each action, from the toolkit's v1.7 project-file schema.
  const REQUIRED: Record<string, string[]> = {
    'teamsApp/create': ['name'],
    'aadApp/create': ['name', 'generateClientSecret', 'signInAudience'],
    'aadApp/update': ['manifestPath', 'outputFilePath'],
    'arm/deploy': ['subscriptionId', 'resourceGroupName', 'templates'],
    'botFramework/create': ['botId', 'name', 'messagingEndpoint'],
    'teamsApp/validateManifest': ['manifestPath'],
    'teamsApp/zipAppPackage': ['manifestPath', 'outputZipPath', 'outputFolder'],
    'teamsApp/validateAppPackage': ['appPackagePath'],
    'teamsApp/update': ['appPackagePath'],
    'teamsApp/extendToM365': ['appPackagePath'],
    'teamsApp/publishAppPackage': ['appPackagePath'],
    'cli/runNpmCommand': ['args'],
    'azureAppService/zipDeploy': ['artifactFolder', 'resourceId'],
    'file/createOrUpdateEnvironmentFile': ['envs', 'target'],
  };

  it.each([
    ['teamsapp.yml', project],
    ['teamsapp.local.yml', localProject],
  ])('%s uses known actions with their required parameters', (_, file) => {
    expect(file.version).toBe('v1.7');
    expect(file.environmentFolderPath).toBe('./env');
    for (const action of actions(file)) {
      expect(Object.keys(REQUIRED), action.uses).toContain(action.uses);
      for (const key of REQUIRED[action.uses])
        expect(action.with, `${action.uses}.${key}`).toHaveProperty(key);
      for (const [key, variable] of Object.entries(action.writeToEnvironmentFile ?? {})) {
        expect(variable, `${action.uses} ${key}`).toMatch(/^[A-Z][A-Z0-9_]*$/);
        if (/secret|password/i.test(key)) expect(variable).toMatch(/^SECRET_/);
      }
    }
  });

  it.each([
    ['teamsapp.yml', project],
    ['teamsapp.local.yml', localProject],
  ])('%s points at files that exist', (_, file) => {
    for (const action of actions(file)) {
      const paths = [action.with?.manifestPath, action.with?.ignoreFile];
      for (const template of (action.with?.templates as { path: string; parameters: string }[] | undefined) ??
        []) {
        paths.push(template.path, template.parameters);
      }
      for (const relative of paths.filter((p): p is string => typeof p === 'string')) {
        expect(existsSync(path.join(root, relative)), relative).toBe(true);
      }
    }
  });

  it('provisions in an order where every step has what it needs', () => {
    const order = (project.provision ?? []).map((a) => a.uses);
    const index = (uses: string) => order.indexOf(uses);
    expect(order.filter((u) => u === 'aadApp/create')).toHaveLength(2);
    // The Bicep needs both apps; the Entra update needs the web app's domain (a Bicep output).
    expect(order.lastIndexOf('aadApp/create')).toBeLessThan(index('arm/deploy'));
    expect(index('arm/deploy')).toBeLessThan(index('aadApp/update'));
    expect(index('teamsApp/zipAppPackage')).toBeLessThan(index('teamsApp/validateAppPackage'));
    expect(index('teamsApp/validateAppPackage')).toBeLessThan(index('teamsApp/update'));
    // Azure creates the bot registration (Azure Bot resource); a second one would clash.
    expect(order).not.toContain('botFramework/create');
    expect(bicep).toMatch(/'Microsoft\.BotService\/botServices@/);
  });

  it('creates single-tenant Entra apps, and writes the ids the Bicep reads', () => {
    const creates = (project.provision ?? []).filter((a) => a.uses === 'aadApp/create');
    expect(creates.map((a) => a.with?.signInAudience)).toEqual(['AzureADMyOrg', 'AzureADMyOrg']);
    expect(creates.map((a) => a.writeToEnvironmentFile?.clientId).sort()).toEqual([
      'AAD_APP_CLIENT_ID',
      'BOT_ID',
    ]);
    expect(parameters.aadAppClientId.value).toBe(ph('AAD_APP_CLIENT_ID'));
    expect(parameters.botAadAppClientId.value).toBe(ph('BOT_ID'));
  });

  it('deploys to the web app the Bicep creates, without uploading node_modules', () => {
    const zipDeploy = (project.deploy ?? []).find((a) => a.uses === 'azureAppService/zipDeploy');
    expect(zipDeploy?.with?.resourceId).toBe(ph('AZURE_APP_SERVICE_RESOURCE_ID'));
    expect(bicepOutputs()).toContain('AZURE_APP_SERVICE_RESOURCE_ID');
    const ignored = readText(String(zipDeploy?.with?.ignoreFile)).split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules/', 'env/', '.data/']));
  });

  it('runs the local bot registration against the tunnel endpoint', () => {
    const registration = (localProject.provision ?? []).find((a) => a.uses === 'botFramework/create');
    expect(registration?.with).toMatchObject({
      botId: ph('BOT_ID'),
      messagingEndpoint: `${ph('BOT_ENDPOINT')}/api/messages`,
    });
  });
});

describe('the Entra app manifest', () => {
  const entra = readJson<{
    api: {
      requestedAccessTokenVersion: number;
      oauth2PermissionScopes: { id: string; value: string }[];
      preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
    };
    appRoles: { id: string; value: string; allowedMemberTypes: string[] }[];
    requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
  }>('aad.manifest.json');

  it('exposes access_as_user and pre-authorises the Teams, Outlook and Microsoft 365 clients', () => {
    const [scope] = entra.api.oauth2PermissionScopes;
    expect(scope.value).toBe('access_as_user');
    expect(entra.api.requestedAccessTokenVersion).toBe(2);
    // Client ids listed in Microsoft's "Configure your tab app in Microsoft Entra ID".
    const clients = [
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264', // Teams desktop and mobile
      '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams web
      '4765445b-32c6-49b0-83e6-1d93765276ca', // Microsoft 365 web
      '0ec893e0-5785-4de6-99da-4ed124e5296c', // Microsoft 365 desktop
      'd3590ed6-52b3-4102-aeff-aad2292ab01c', // Microsoft 365 mobile, Outlook desktop
      'bc59ab01-8403-45c6-8796-ac3ef710b3e3', // Outlook web
      '27922004-5251-4030-b22d-91ecd9a37ea4', // Outlook mobile
    ];
    const authorised = new Map(
      entra.api.preAuthorizedApplications.map((p) => [p.appId, p.delegatedPermissionIds]),
    );
    for (const client of clients) expect(authorised.get(client), client).toEqual([scope.id]);
  });

  it('defines the Programme.Admin and Programme.Sponsor app roles for users', () => {
    expect(entra.appRoles.map((r) => r.value).sort()).toEqual(['Programme.Admin', 'Programme.Sponsor']);
    expect(new Set(entra.appRoles.map((r) => r.id)).size).toBe(2);
    expect(entra.appRoles.every((r) => r.allowedMemberTypes.join() === 'User')).toBe(true);
  });

  it('requests the Graph application permissions the service uses', () => {
    const graph = entra.requiredResourceAccess.find(
      (r) => r.resourceAppId === '00000003-0000-0000-c000-000000000000',
    );
    const roles = graph?.resourceAccess.filter((a) => a.type === 'Role').map((a) => a.id);
    expect(roles?.sort()).toEqual(
      [
        'df021288-bdef-4463-88db-98f22de89214', // User.Read.All
        '40f97065-369a-49f4-947c-6a255697ae91', // MailboxSettings.Read
        'ef54d2bf-783f-4e0f-bca1-3210c0444d99', // Calendars.ReadWrite
      ].sort(),
    );
  });
});

describe('the Bicep template', () => {
  const params = bicepParams(bicep);

  it('gets a value for every parameter, from the parameters file or a default', () => {
    expect(params.length).toBeGreaterThan(5);
    expect(params.filter((p) => !p.hasDefault && !(p.name in parameters)).map((p) => p.name)).toEqual([]);
    expect(Object.keys(parameters).filter((name) => !params.some((p) => p.name === name))).toEqual([]);
  });

  it('receives secrets only as secure parameters fed from SECRET_ variables', () => {
    const secure = params.filter((p) => p.secure).map((p) => p.name);
    expect(secure.sort()).toEqual(['aadAppClientSecret', 'botAadAppClientSecret', 'postgresAdminPassword']);
    for (const name of secure) expect(parameters[name].value, name).toMatch(/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/);
    for (const [name, { value }] of Object.entries(parameters)) {
      if (value.includes('SECRET_')) expect(secure, name).toContain(name);
    }
  });

  // Which of the service's settings production needs. A new setting in api/src/config/env.ts
  // fails this test until someone decides where it belongs.
  const NEEDED_IN_AZURE = [
    'NODE_ENV',
    'PORT',
    'HOST',
    'PUBLIC_URL',
    'LOG_LEVEL',
    'DATABASE_URL',
    'TENANT_ID',
    'CLIENT_ID',
    'CLIENT_SECRET',
    'API_AUDIENCE',
    'GRAPH_ENDPOINT',
    'AUTHORITY_HOST',
    'MICROSOFT_APP_ID',
    'MICROSOFT_APP_PASSWORD',
    'MICROSOFT_APP_TYPE',
    'MICROSOFT_APP_TENANT_ID',
  ];
  const NOT_IN_AZURE: Record<string, string> = {
    DATA_DIR: 'embedded database only; Azure uses DATABASE_URL',
    DEMO_SEED: 'demo tenant only',
    DEMO_PEOPLE: 'demo tenant only',
    DEMO_EMPTY: 'demo tenant only',
    CLIENT_CERTIFICATE_PATH:
      'the service authenticates with CLIENT_SECRET; both at once is a configuration error',
    CLIENT_CERTIFICATE_THUMBPRINT: 'goes with CLIENT_CERTIFICATE_PATH',
    SESSION_RESPONSES_POLL_SECONDS:
      'tuning; the default (60 s, 15 min with change notifications) suits production',
    FEEDBACK_CHECK_SECONDS: 'tuning; the default (60 s) suits production',
    MATCHING_THREAD_MIN_PAIRS: 'tuning; the default (250,000 pairs) suits production',
  };
  const SECRETS = {
    CLIENT_SECRET: 'clientSecret',
    MICROSOFT_APP_PASSWORD: 'botPassword',
    DATABASE_URL: 'databaseUrl',
  };

  it('has every setting the service reads classified as needed in Azure or not', () => {
    const read = Object.keys(envSchema.shape);
    expect(read.filter((name) => !NEEDED_IN_AZURE.includes(name) && !(name in NOT_IN_AZURE))).toEqual([]);
    expect([...NEEDED_IN_AZURE, ...Object.keys(NOT_IN_AZURE)].filter((name) => !read.includes(name))).toEqual(
      [],
    );
  });

  it('sets every needed setting on the web app, and none of the others', () => {
    const settings = appSettings();
    expect(NEEDED_IN_AZURE.filter((name) => !(name in settings))).toEqual([]);
    expect(Object.keys(NOT_IN_AZURE).filter((name) => name in settings)).toEqual([]);
  });

  it('passes secrets as Key Vault references to secrets made from secure parameters', () => {
    const settings = appSettings();
    const secure = params.filter((p) => p.secure).map((p) => p.name);
    for (const [setting, resource] of Object.entries(SECRETS)) {
      expect(settings[setting]).toBe(`'@Microsoft.KeyVault(SecretUri=\${${resource}.properties.secretUri})'`);
      const value = keyVaultSecretValue(resource) ?? '';
      expect(
        secure.some((name) => value.includes(name)),
        `${resource} value`,
      ).toBe(true);
    }
    // No setting carries a secure parameter itself.
    for (const [name, value] of Object.entries(settings)) {
      for (const param of secure) expect(value, name).not.toContain(param);
    }
  });

  it('gives literal settings values the service accepts', () => {
    const settings = appSettings();
    const shape = envSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
    for (const [name, value] of Object.entries(settings)) {
      const literal = /^'([^'$]*)'$/.exec(value);
      if (literal && shape[name])
        expect(shape[name].safeParse(literal[1]).success, `${name}=${literal[1]}`).toBe(true);
    }
    expect(settings.NODE_ENV).toBe("'production'");
    expect(settings.MICROSOFT_APP_TYPE).toBe("'SingleTenant'");
  });

  it('runs Node 22 LTS, HTTPS only, always on, with the health check on /healthz', () => {
    expect(bicep).toMatch(/param linuxFxVersion string = 'NODE\|22-lts'/);
    expect(bicep).toMatch(/httpsOnly: true/);
    expect(bicep).toMatch(/alwaysOn: true/);
    expect(bicep).toMatch(/healthCheckPath: '\/healthz'/);
    expect(bicep).toMatch(/keyVaultReferenceIdentity: identity\.id/);
  });

  it('creates PostgreSQL 16 on Burstable B1ms by default with a binome database open to Azure services', () => {
    expect(bicep).toMatch(/version: '16'/);
    expect(bicep).toMatch(/param postgresSkuName string = 'Standard_B1ms'/);
    expect(bicep).toMatch(/param postgresSkuTier string = 'Burstable'/);
    expect(bicep).toMatch(/var databaseName = 'binome'/);
    expect(bicep).toMatch(/startIpAddress: '0\.0\.0\.0'[\s\S]*endIpAddress: '0\.0\.0\.0'/);
    expect(keyVaultSecretValue('databaseUrl')).toMatch(/postgresql:\/\/.*sslmode=verify-full/);
  });

  it('registers a single-tenant Azure Bot on /api/messages with the Teams channel', () => {
    const bot = block(bicep, /resource bot 'Microsoft\.BotService\/botServices@/);
    expect(bot).toMatch(/endpoint: 'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/);
    expect(bot).toMatch(/msaAppType: 'SingleTenant'/);
    expect(bot).toMatch(/msaAppId: botAadAppClientId/);
    expect(bicep).toMatch(/channelName: 'MsTeamsChannel'/);
  });

  it('outputs what the toolkit and the app package need', () => {
    expect(bicepOutputs()).toEqual(
      expect.arrayContaining(['AZURE_APP_SERVICE_RESOURCE_ID', 'TAB_ENDPOINT', 'TAB_DOMAIN', 'BOT_DOMAIN']),
    );
  });
});
