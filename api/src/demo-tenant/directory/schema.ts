import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { StoredMailboxSettings } from './seed/types';

/**
 * The demo tenant's directory, kept apart from Binôme's own tables (own migrations, `demo_`
 * prefix) so a real-tenant deployment never carries it. Every row has its tenant id.
 */
export const demoDirectory = pgTable('demo_directory', {
  tenantId: text('tenant_id').primaryKey(),
  seed: integer('seed').notNull(),
  people: integer('people').notNull(),
  /** Last change version handed out; delta tokens compare against it. */
  changeVersion: bigint('change_version', { mode: 'number' }).notNull().default(0),
  seededAt: timestamp('seeded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const demoUser = pgTable(
  'demo_user',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    /** The order Graph lists users in, also the paging key. */
    seq: integer('seq').notNull(),
    userPrincipalName: text('user_principal_name').notNull(),
    mail: text('mail'),
    mailNickname: text('mail_nickname').notNull(),
    displayName: text('display_name').notNull(),
    givenName: text('given_name'),
    surname: text('surname'),
    jobTitle: text('job_title'),
    department: text('department'),
    companyName: text('company_name'),
    officeLocation: text('office_location'),
    city: text('city'),
    country: text('country'),
    usageLocation: text('usage_location'),
    businessPhones: jsonb('business_phones').$type<string[]>().notNull(),
    mobilePhone: text('mobile_phone'),
    preferredLanguage: text('preferred_language'),
    employeeType: text('employee_type'),
    employeeId: text('employee_id'),
    employeeHireDate: timestamp('employee_hire_date', { withTimezone: true }),
    createdDateTime: timestamp('created_date_time', { withTimezone: true }).notNull(),
    accountEnabled: boolean('account_enabled').notNull(),
    managerId: text('manager_id'),
    level: integer('level').notNull(),
    mailboxSettings: jsonb('mailbox_settings').$type<StoredMailboxSettings>().notNull(),
    appRoles: jsonb('app_roles').$type<string[]>().notNull(),
    persona: text('persona'),
    /** 0 as seeded; raised by every change so `users/delta` can return what changed since a token. */
    changeVersion: bigint('change_version', { mode: 'number' }).notNull().default(0),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('demo_user_upn_idx').on(t.tenantId, sql`lower(${t.userPrincipalName})`),
    index('demo_user_seq_idx').on(t.tenantId, t.seq),
    index('demo_user_manager_idx').on(t.tenantId, t.managerId),
    index('demo_user_change_idx').on(t.tenantId, t.changeVersion),
  ],
);

export type DemoUserRow = typeof demoUser.$inferSelect;
