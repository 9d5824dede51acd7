import type { Client } from '@microsoft/microsoft-graph-client';
import {
  type ChangedUser,
  DeltaLinkExpiredError,
  type DirectoryMailboxSettings,
  type DirectorySyncSource,
  type DirectoryUser,
  type ListedUser,
} from '../app/ports/directory';
import { type BatchOptions, batchGet } from './batch';
import { toDirectoryUser, USER_SELECT } from './directory';
import { readPages, relativeLink } from './paging';
import { type GraphMailboxSettings, toMailboxSettings } from './time-zones';

type GraphUser = Parameters<typeof toDirectoryUser>[0];

/** Graph property → DirectoryUser field, to read the partial users a delta round may carry. */
const FIELDS: [keyof GraphUser, keyof DirectoryUser][] = [
  ['userPrincipalName', 'userPrincipalName'],
  ['displayName', 'displayName'],
  ['givenName', 'givenName'],
  ['surname', 'surname'],
  ['mail', 'mail'],
  ['department', 'department'],
  ['jobTitle', 'jobTitle'],
  ['officeLocation', 'officeLocation'],
  ['employeeType', 'employeeType'],
  ['employeeHireDate', 'hireDate'],
  ['preferredLanguage', 'preferredLanguage'],
  ['accountEnabled', 'accountEnabled'],
];

export function toChangedUser(user: GraphUser): ChangedUser {
  const full = toDirectoryUser(user);
  const changed: ChangedUser = { aadId: user.id };
  for (const [graph, field] of FIELDS) {
    if (graph in user) Object.assign(changed, { [field]: full[field] });
  }
  return changed;
}

/**
 * The directory sync's reads from Microsoft Graph (or the demo tenant, the same way): the full
 * listing with `$expand=manager`, `users/delta` for changes, managers and mailbox settings
 * through `$batch`.
 */
export function createGraphSyncSource(
  client: Client,
  options: { endpoint: string; batch?: BatchOptions; pageSize?: number },
): DirectorySyncSource {
  const { endpoint } = options;
  const pageSize = options.pageSize ?? 999;

  return {
    async latestDeltaLink() {
      const page = (await client
        .api('/users/delta')
        .select(USER_SELECT)
        .query({ $deltatoken: 'latest' })
        .get()) as {
        '@odata.deltaLink'?: string;
      };
      const link = page['@odata.deltaLink'];
      if (!link) throw new Error('users/delta with $deltatoken=latest returned no delta link');
      return link;
    },

    async listUsers(onPage) {
      // One level of manager needs no advanced query; chains are derived from these ids.
      const first = client.api('/users').select(USER_SELECT).expand('manager($select=id)').top(pageSize);
      await readPages<GraphUser & { manager?: { id?: string } | null }>(client, endpoint, first, (users) =>
        onPage(
          users.map(
            (user): ListedUser => ({ ...toDirectoryUser(user), managerAadId: user.manager?.id ?? null }),
          ),
        ),
      );
    },

    async changesSince(deltaLink, onPage) {
      try {
        const next = await readPages<GraphUser & { '@removed'?: unknown }>(
          client,
          endpoint,
          client.api(relativeLink(endpoint, deltaLink)),
          (users) =>
            onPage({
              changed: users.filter((u) => !u['@removed']).map(toChangedUser),
              removedIds: users.filter((u) => u['@removed']).map((u) => u.id),
            }),
        );
        if (!next) throw new Error('users/delta round ended without a delta link');
        return next;
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        const code = String((error as { code?: string }).code ?? '');
        // Graph answers 410 when a delta token is too old; the demo tenant 400 for a token it rejects.
        if (
          status === 410 ||
          /syncStateNotFound|resyncRequired/i.test(code) ||
          (status === 400 && /delta token/i.test(String((error as Error).message)))
        ) {
          throw new DeltaLinkExpiredError(`The directory delta link was refused (${status} ${code}).`);
        }
        throw error;
      }
    },

    async getManagers(aadIds) {
      const results = await batchGet(
        client,
        aadIds.map((id) => ({ id, url: `/users/${encodeURIComponent(id)}/manager?$select=id` })),
        options.batch,
      );
      const managers = new Map<string, string | null>();
      for (const [id, result] of results) {
        if (result.status === 200) managers.set(id, (result.body as { id?: string })?.id ?? null);
        else if (result.status === 404) {
          // 404 means "no manager" for an existing user; a vanished user shows up in delta as removed.
          managers.set(id, null);
        } else throw new Error(`Graph answered ${result.status} for the manager of user ${id}`);
      }
      return managers;
    },

    async getMailboxSettings(aadIds, onChunk) {
      const all = new Map<string, DirectoryMailboxSettings>();
      const chunkSize = 400;
      for (let i = 0; i < aadIds.length; i += chunkSize) {
        const ids = aadIds.slice(i, i + chunkSize);
        const results = await batchGet(
          client,
          ids.map((id) => ({ id, url: `/users/${encodeURIComponent(id)}/mailboxSettings` })),
          options.batch,
        );
        const chunk = new Map<string, DirectoryMailboxSettings>();
        for (const [id, result] of results) {
          if (result.status === 200) chunk.set(id, toMailboxSettings(result.body as GraphMailboxSettings));
          // 404 (no mailbox, e.g. MailboxNotEnabledForRESTAPI) leaves the person without settings.
          else if (result.status !== 404)
            throw new Error(`Graph answered ${result.status} for the mailbox settings of user ${id}`);
        }
        for (const [id, settings] of chunk) all.set(id, settings);
        if (onChunk) await onChunk(chunk);
      }
      return all;
    },
  };
}
