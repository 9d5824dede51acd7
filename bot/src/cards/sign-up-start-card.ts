import { fill } from '../i18n';
import type { SignUpMessages } from '../i18n/sign-up-messages';
import { type AdaptiveCard, adaptiveCard, paragraph } from './adaptive-card';
import { choiceSet, factSet, type RawValues, stepActions, stepHeader } from './form-inputs';

/** What Microsoft 365 knows about the person, shown so they do not retype it. */
export interface ProfileFacts {
  name: string;
  department: string | null;
  jobTitle: string | null;
  manager: string | null;
  office: string | null;
  language: string | null;
  timeZone: string | null;
}

export interface OpenProgramme {
  id: string;
  name: string;
  description: string;
}

export interface StartCardView {
  cardId: string;
  profile: ProfileFacts;
  programmes: OpenProgramme[];
  values: RawValues;
  errors: string[];
  progress: { step: number; total: number };
}

/** Step 1: the directory profile, and the programme to join (confirmed when only one is open). */
export function signUpStartCard(messages: SignUpMessages, view: StartCardView): AdaptiveCard {
  const m = messages.start;
  const p = view.profile;
  const known = (value: string | null) => value ?? m.notSet;
  const body = [
    ...stepHeader(messages, m.title, view.progress, view.errors),
    paragraph(m.fromMicrosoft365, { weight: 'Bolder', spacing: 'Medium' }),
    factSet([
      [m.facts.name, p.name],
      [m.facts.department, known(p.department)],
      [m.facts.jobTitle, known(p.jobTitle)],
      [m.facts.manager, known(p.manager)],
      [m.facts.office, known(p.office)],
      [m.facts.language, known(p.language)],
      [m.facts.timeZone, known(p.timeZone)],
    ]),
  ];
  const [only] = view.programmes;
  if (view.programmes.length === 1 && only) {
    body.push(
      paragraph(fill(m.oneProgramme, { programme: only.name }), { weight: 'Bolder', spacing: 'Medium' }),
      paragraph(only.description, { isSubtle: true }),
    );
    return adaptiveCard(
      body,
      stepActions(messages, view.cardId).map((action) => withProgramme(action, only.id)),
    );
  }
  body.push(
    choiceSet(
      'programmeId',
      m.chooseProgramme,
      view.programmes.map((programme) => ({ title: programme.name, value: programme.id })),
      { value: view.values.programmeId, required: messages.errors.chooseProgramme },
    ),
  );
  return adaptiveCard(body, stepActions(messages, view.cardId));
}

/** With a single programme there is nothing to choose: its id travels with the button. */
function withProgramme(action: Record<string, unknown>, programmeId: string): Record<string, unknown> {
  const data = action.data as Record<string, string>;
  return data.act === 'next' ? { ...action, data: { ...data, programmeId } } : action;
}
