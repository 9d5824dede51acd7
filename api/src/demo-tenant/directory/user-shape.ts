import { GraphError } from '../graph-error';
import type { DemoUserRow } from './schema';

/** What Graph returns for a user when the request has no `$select`. */
export const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

const iso = (at: Date | null) => (at ? `${at.toISOString().slice(0, 19)}Z` : null);

/** The user properties the demo tenant stores, rendered as Graph renders them. */
const STORED: Record<string, (row: DemoUserRow) => unknown> = {
  id: (r) => r.id,
  accountEnabled: (r) => r.accountEnabled,
  businessPhones: (r) => r.businessPhones,
  city: (r) => r.city,
  companyName: (r) => r.companyName,
  country: (r) => r.country,
  createdDateTime: (r) => iso(r.createdDateTime),
  department: (r) => r.department,
  displayName: (r) => r.displayName,
  employeeHireDate: (r) => iso(r.employeeHireDate),
  employeeId: (r) => r.employeeId,
  employeeType: (r) => r.employeeType,
  givenName: (r) => r.givenName,
  jobTitle: (r) => r.jobTitle,
  mail: (r) => r.mail,
  mailNickname: (r) => r.mailNickname,
  mobilePhone: (r) => r.mobilePhone,
  officeLocation: (r) => r.officeLocation,
  preferredLanguage: (r) => r.preferredLanguage,
  surname: (r) => r.surname,
  usageLocation: (r) => r.usageLocation,
  userPrincipalName: (r) => r.userPrincipalName,
  userType: () => 'Member',
  proxyAddresses: (r) => (r.mail ? [`SMTP:${r.mail}`] : []),
  otherMails: () => [],
  imAddresses: (r) => [r.userPrincipalName],
  mailboxSettings: (r) => mailboxSettingsBody(r),
};

/** Properties of Graph's user type the demo tenant does not hold: selectable, always empty. */
// biome-ignore format: a list of names reads better packed
const EMPTY = [
  'aboutMe', 'ageGroup', 'assignedLicenses', 'assignedPlans', 'birthday', 'consentProvidedForMinor',
  'creationType', 'deviceEnrollmentLimit', 'employeeLeaveDateTime', 'employeeOrgData', 'externalUserState',
  'externalUserStateChangeDateTime', 'faxNumber', 'hireDate', 'identities', 'interests', 'isResourceAccount',
  'lastPasswordChangeDateTime', 'legalAgeGroupClassification', 'licenseAssignmentStates', 'mySite',
  'onPremisesDistinguishedName', 'onPremisesDomainName', 'onPremisesExtensionAttributes', 'onPremisesImmutableId',
  'onPremisesLastSyncDateTime', 'onPremisesProvisioningErrors', 'onPremisesSamAccountName',
  'onPremisesSecurityIdentifier', 'onPremisesSyncEnabled', 'onPremisesUserPrincipalName', 'passwordPolicies',
  'passwordProfile', 'pastProjects', 'postalCode', 'preferredDataLocation', 'preferredName', 'provisionedPlans',
  'responsibilities', 'schools', 'securityIdentifier', 'showInAddressList', 'signInSessionsValidFromDateTime',
  'skills', 'state', 'streetAddress',
];

const COLLECTIONS = new Set([
  'assignedLicenses',
  'assignedPlans',
  'identities',
  'interests',
  'licenseAssignmentStates',
  'pastProjects',
  'provisionedPlans',
  'responsibilities',
  'schools',
  'skills',
  'onPremisesProvisioningErrors',
]);

const CANONICAL = new Map([...Object.keys(STORED), ...EMPTY].map((name) => [name.toLowerCase(), name]));

/** Resolves `$select` names (case-insensitive, as Graph accepts them) or answers Graph's 400. */
export function parseSelect(raw: string | undefined): string[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const names = raw.split(',').map((name) => name.trim());
  return names.map((name) => {
    const canonical = CANONICAL.get(name.toLowerCase());
    if (!canonical) {
      throw new GraphError(
        400,
        'Request_BadRequest',
        `Could not find a property named '${name}' on type 'microsoft.graph.user'.`,
      );
    }
    return canonical;
  });
}

/** A user as Graph returns it, with the selected properties (Graph always adds nothing else). */
export function userBody(row: DemoUserRow, select: readonly string[] | undefined): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of select ?? DEFAULT_USER_PROPERTIES) {
    const read = STORED[name];
    body[name] = read ? read(row) : COLLECTIONS.has(name) ? [] : null;
  }
  return body;
}

/** `@odata.context` suffix for a selection, e.g. `users(id,displayName)`. */
export function selectionContext(entitySet: string, select: readonly string[] | undefined): string {
  return select ? `${entitySet}(${select.join(',')})` : entitySet;
}

/** Graph's full `mailboxSettings`, the stored part plus Exchange's defaults for the rest. */
export function mailboxSettingsBody(row: DemoUserRow): Record<string, unknown> {
  const stored = row.mailboxSettings;
  const noReply = { dateTime: `${iso(row.createdDateTime)!.slice(0, 19)}.0000000`, timeZone: 'UTC' };
  return {
    archiveFolder: `AAMkAGRlbW8ALgAAA${row.id.replace(/-/g, '').slice(0, 20)}AQ`,
    timeZone: stored.timeZone,
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    dateFormat: stored.dateFormat,
    timeFormat: stored.timeFormat,
    userPurpose: 'user',
    automaticRepliesSetting: {
      status: 'disabled',
      externalAudience: 'all',
      internalReplyMessage: '',
      externalReplyMessage: '',
      scheduledStartDateTime: noReply,
      scheduledEndDateTime: noReply,
    },
    language: stored.language,
    workingHours: stored.workingHours,
  };
}
