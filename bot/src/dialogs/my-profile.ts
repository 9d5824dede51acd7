import type { ApplicationDeps } from '../../../api/src/app/applications';
import { myApplications } from '../../../api/src/app/applications';
import type { Caller } from '../../../api/src/app/caller';
import type { ParticipantRecord } from '../../../api/src/app/ports/participants';
import type { Programme } from '../../../api/src/domain/programme';
import type { ProfileEntry } from '../cards/profile-card';
import type { BotLanguage } from '../i18n';
import { applicationView } from './sign-up-draft';

export interface MyApplication {
  application: ParticipantRecord;
  programme: Programme;
}

/** The person's applications with their programmes, the latest first. */
export async function myApplicationsWithProgrammes(
  deps: ApplicationDeps,
  caller: Caller,
): Promise<MyApplication[]> {
  const applications = await myApplications(deps, caller);
  const found = await Promise.all(
    applications.map(async (application) => ({
      application,
      programme: await deps.programmes.get(caller.tenantId, application.programmeId),
    })),
  );
  return found
    .filter((entry): entry is MyApplication => entry.programme !== undefined)
    .sort((a, b) => b.application.updatedAt.getTime() - a.application.updatedAt.getTime());
}

/** Changes go through a new sign-up, which only a recruiting programme accepts; pairs stay as they are. */
export const canEdit = ({ application, programme }: MyApplication): boolean =>
  programme.status === 'recruiting' && application.status !== 'paired';

/** Withdrawing is open until the pair is formed; a declined or withdrawn application has nothing to withdraw. */
export const canWithdraw = ({ application }: MyApplication): boolean =>
  application.status === 'applied' ||
  application.status === 'approved' ||
  application.status === 'waitlisted';

export function profileEntry(entry: MyApplication, language: BotLanguage): ProfileEntry {
  const { application, programme } = entry;
  return {
    programmeId: programme.id,
    application: applicationView(
      programme,
      { ...application, charterAccepted: true, dataUseAccepted: true },
      language,
    ),
    status: application.status,
    reviewMessage: application.reviewMessage,
    canEdit: canEdit(entry),
    canWithdraw: canWithdraw(entry),
  };
}
