import type { Storage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationReferenceStore } from '../../api/src/app/ports/conversation-references';
import { fixedClock } from '../../api/src/domain/clock';
import { BotStateConflictError, createBotStorage } from '../../api/src/store/bot-storage';
import { createConversationReferenceStore } from '../../api/src/store/conversation-references';
import { type DatabaseHandle, migrateApp, openDatabase } from '../../api/src/store/db';
import { backends, freshDatabase, type TestDatabase } from '../support/databases';

const TENANT_A = 'tenant-a';
const TENANT_B = 'tenant-b';

function aReference(conversationId: string, serviceUrl = 'https://smba.trafficmanager.net/emea/') {
  return {
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_A },
    bot: { id: '28:binome-bot', name: 'Binôme' },
    user: { id: '29:user-1', aadObjectId: 'aad-1' },
    channelId: 'msteams',
    serviceUrl,
    locale: 'fr-FR',
  };
}

describe.each(backends())('bot persistence on %s', (backend) => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  const clock = fixedClock('2025-03-10T09:00:00Z');

  beforeAll(async () => {
    database = await freshDatabase(backend);
    handle = await openDatabase(database.config);
    await migrateApp(handle);
  });
  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });

  describe('conversation references', () => {
    let store: ConversationReferenceStore;
    beforeAll(() => {
      store = createConversationReferenceStore(handle.db, clock);
    });

    it('saves a reference and gives it back as it was', async () => {
      const reference = aReference('a:conv-1');
      await store.save(TENANT_A, 'aad-1', reference, 'fr-FR');

      expect(await store.get(TENANT_A, 'aad-1')).toEqual({
        tenantId: TENANT_A,
        aadId: 'aad-1',
        conversationId: 'a:conv-1',
        reference,
        locale: 'fr-FR',
        updatedAt: new Date('2025-03-10T09:00:00Z'),
      });
    });

    it('replaces the reference when the person writes from a newer conversation', async () => {
      await store.save(TENANT_A, 'aad-2', aReference('a:old'), 'en-GB');
      clock.advance(60_000);
      await store.save(TENANT_A, 'aad-2', aReference('a:new', 'https://smba.trafficmanager.net/amer/'), null);

      const saved = await store.get(TENANT_A, 'aad-2');
      expect(saved).toMatchObject({ conversationId: 'a:new', locale: null });
      expect(saved?.reference.serviceUrl).toBe('https://smba.trafficmanager.net/amer/');
      expect(saved?.updatedAt).toEqual(clock.now());
    });

    it('keeps tenants apart', async () => {
      await store.save(TENANT_A, 'aad-3', aReference('a:in-a'), 'fr-FR');

      expect(await store.get(TENANT_B, 'aad-3')).toBeUndefined();
      expect(await store.get(TENANT_A, 'nobody')).toBeUndefined();
    });
  });

  describe('botbuilder storage', () => {
    let storage: Storage;
    beforeAll(() => {
      storage = createBotStorage(handle.db, TENANT_A, clock);
    });

    it('reads back what it wrote, with an eTag, and leaves missing keys out', async () => {
      await storage.write({
        'msteams/conversations/c1/': { dialogState: { step: 2 }, name: 'Binôme « test »' },
      });

      const items = await storage.read(['msteams/conversations/c1/', 'missing']);
      expect(Object.keys(items)).toEqual(['msteams/conversations/c1/']);
      expect(items['msteams/conversations/c1/']).toEqual({
        dialogState: { step: 2 },
        name: 'Binôme « test »',
        eTag: expect.any(String),
      });
    });

    it('accepts a write carrying the current eTag and issues a new one', async () => {
      await storage.write({ k1: { count: 1 } });
      const [first] = Object.values(await storage.read(['k1']));

      await storage.write({ k1: { ...first, count: 2 } });
      const [second] = Object.values(await storage.read(['k1']));
      expect(second).toMatchObject({ count: 2 });
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('refuses a write carrying a stale eTag, like MemoryStorage, and keeps the newer item', async () => {
      await storage.write({ k2: { count: 1 } });
      const stale = (await storage.read(['k2'])).k2;
      await storage.write({ k2: { ...stale, count: 2 } });

      await expect(storage.write({ k2: { ...stale, count: 99 } })).rejects.toThrow(/eTag conflict/);
      await expect(storage.write({ k2: { ...stale, count: 99 } })).rejects.toBeInstanceOf(
        BotStateConflictError,
      );
      expect((await storage.read(['k2'])).k2).toMatchObject({ count: 2 });
    });

    it('writes all keys or none when one of them conflicts', async () => {
      await storage.write({ k3: { v: 1 } });
      const stale = (await storage.read(['k3'])).k3;
      await storage.write({ k3: { ...stale, v: 2 } });

      await expect(storage.write({ k4: { v: 1 }, k3: { ...stale, v: 3 } })).rejects.toThrow(
        BotStateConflictError,
      );
      expect(await storage.read(['k4'])).toEqual({});
    });

    it('overwrites whatever is stored when the eTag is * or absent', async () => {
      await storage.write({ k5: { v: 1 } });
      await storage.write({ k5: { v: 2, eTag: '*' } });
      expect((await storage.read(['k5'])).k5).toMatchObject({ v: 2 });

      await storage.write({ k5: { v: 3 } });
      expect((await storage.read(['k5'])).k5).toMatchObject({ v: 3 });
    });

    it('creates an item even when the write carries an eTag, as MemoryStorage does', async () => {
      await storage.write({ k6: { v: 1, eTag: '41' } });

      expect((await storage.read(['k6'])).k6).toMatchObject({ v: 1 });
    });

    it('deletes items, and ignores keys that do not exist', async () => {
      await storage.write({ k7: { v: 1 }, k8: { v: 1 } });
      await storage.delete(['k7', 'never-written']);

      expect(Object.keys(await storage.read(['k7', 'k8']))).toEqual(['k8']);
    });

    it('keeps each tenant’s items to itself', async () => {
      const other = createBotStorage(handle.db, TENANT_B, clock);
      await storage.write({ shared: { owner: 'a' } });
      await other.write({ shared: { owner: 'b' } });
      await other.delete(['k8']);

      expect((await storage.read(['shared'])).shared).toMatchObject({ owner: 'a' });
      expect((await other.read(['shared'])).shared).toMatchObject({ owner: 'b' });
      expect(await storage.read(['k8'])).toHaveProperty('k8');
    });

    it('reads nothing for no keys and writes nothing for no changes', async () => {
      expect(await storage.read([])).toEqual({});
      await expect(storage.write({})).resolves.toBeUndefined();
    });
  });
});
