import { loadConfig } from '../../../api/src/config/config';
import { type RunningService, startService } from '../../../api/src/service';
import type { TestDatabase } from '../../support/databases';
import { apiClient } from '../../support/http';
import { cardSubmitActivity, messageActivity } from './activities';
import type { RecordedActivity, RecordingConnector } from './recording-connector';

/** The whole service in demo mode (no seeded programmes) over a database the test keeps across restarts. */
export async function startServiceOn(database: TestDatabase): Promise<RunningService> {
  const config = {
    ...loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      NODE_ENV: 'test',
      DEMO_EMPTY: 'true',
    }),
    database: database.config,
  };
  return startService({ config });
}

export interface Person {
  persona: string;
  upn: string;
  aadId: string;
  token: string;
  displayName: string;
  department: string | null;
  preferredLanguage: string | null;
}

/** Every demo persona with a sign-in token and their Entra object id. */
export async function demoPeople(baseUrl: string): Promise<Person[]> {
  const call = apiClient(baseUrl);
  const people: Person[] = [];
  for (const p of (await call('GET', '/_demo/people')).body.personas) {
    const response = await fetch(`${baseUrl}/_demo/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ upn: p.userPrincipalName }),
    });
    const { access_token: token } = (await response.json()) as { access_token: string };
    const me = await call('GET', '/api/v1/me', { token });
    people.push({
      persona: p.persona,
      upn: p.userPrincipalName,
      aadId: me.body.person.aadId,
      token,
      displayName: p.displayName,
      department: p.department,
      preferredLanguage: p.preferredLanguage,
    });
  }
  return people;
}

export interface CardContent {
  type: string;
  version: string;
  body: Record<string, unknown>[];
  actions?: { type: string; title: string; data?: Record<string, string> }[];
}

/** Every element of a card, nested ones included (columns, containers, action sets). */
export function elementsOf(card: CardContent): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const element = value as Record<string, unknown>;
    if (typeof element.type === 'string') found.push(element);
    for (const key of ['body', 'items', 'columns', 'actions']) visit(element[key]);
  };
  visit(card.body);
  visit(card.actions);
  return found;
}

export const textOf = (card: CardContent): string =>
  JSON.stringify(elementsOf(card).map((e) => [e.text, e.title, e.label, e.facts, e.choices]));

export const inputOf = (card: CardContent, id: string) => elementsOf(card).find((e) => e.id === id);

/** The id every button of a form card carries. */
export function cardIdOf(card: CardContent): string {
  const id = elementsOf(card)
    .map((e) => (e.data as Record<string, string> | undefined)?.card)
    .find((value) => typeof value === 'string');
  if (!id) throw new Error(`not a form card: ${textOf(card)}`);
  return id;
}

export interface Reply {
  texts: string[];
  cards: CardContent[];
  /** The last card sent, which is the one waiting for an answer. */
  card: CardContent;
  /** Cards the bot put in place of earlier activities (an answered form), by the activity's id. */
  updated: { id: string; card: CardContent }[];
}

const cardsIn = (activity: RecordedActivity): CardContent[] =>
  ((activity.body.attachments as { content: CardContent }[] | undefined) ?? []).map((a) => a.content);

/** One person's personal chat with the bot, over HTTP, as Teams would post it. */
export class Chat {
  constructor(
    private readonly bot: () => string,
    private readonly connector: RecordingConnector,
    private readonly person: { aadId: string },
    private readonly locale: string,
    private readonly tenantId: string,
  ) {}

  say(text: string): Promise<Reply> {
    return this.post(messageActivity(text, this.options()));
  }

  /** Presses the button of `card` doing `act`: Teams sends its data merged with the inputs, as strings. */
  press(card: CardContent, act: string, inputs: Record<string, string> = {}): Promise<Reply> {
    const button = elementsOf(card).find(
      (e) => e.type === 'Action.Submit' && (e.data as Record<string, string> | undefined)?.act === act,
    );
    if (!button) throw new Error(`no “${act}” button on the card: ${textOf(card)}`);
    return this.post(cardSubmitActivity({ ...(button.data as object), ...inputs }, this.options()));
  }

  /** A card's button pressed with `value`; `replyToId` names the card's own activity, as Teams does. */
  send(value: Record<string, unknown>, options: { replyToId?: string } = {}): Promise<Reply> {
    const activity = cardSubmitActivity(value, this.options());
    return this.post(options.replyToId ? { ...activity, replyToId: options.replyToId } : activity);
  }

  private options() {
    return {
      serviceUrl: this.connector.url,
      locale: this.locale,
      aadObjectId: this.person.aadId,
      tenantId: this.tenantId,
    };
  }

  private async post(activity: Record<string, unknown>): Promise<Reply> {
    const before = this.connector.sent.length;
    const updatedBefore = this.connector.updated.length;
    const response = await fetch(`${this.bot()}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (response.status !== 200)
      throw new Error(`the bot answered ${response.status}: ${await response.text()}`);
    const conversation = (activity.conversation as { id: string }).id;
    const sent: RecordedActivity[] = this.connector.sent
      .slice(before)
      .filter((recorded) => recorded.conversationId === conversation);
    const texts = sent.map((s) => s.body.text).filter((t): t is string => typeof t === 'string');
    const cards = sent.flatMap(cardsIn);
    const updated = this.connector.updated
      .slice(updatedBefore)
      .filter((recorded) => recorded.conversationId === conversation)
      .flatMap((recorded) => cardsIn(recorded).map((card) => ({ id: recorded.id, card })));
    return { texts, cards, card: cards.at(-1) as CardContent, updated };
  }
}

/** Creates a programme as the admin and opens it for sign-up; returns its id. */
export async function openProgramme(baseUrl: string, adminToken: string, programme: Record<string, unknown>) {
  const call = apiClient(baseUrl);
  const created = await call('POST', '/api/v1/programmes', { token: adminToken, body: programme });
  if (created.status !== 201) throw new Error(`programme not created: ${JSON.stringify(created.body)}`);
  const opened = await call('POST', `/api/v1/programmes/${created.body.id}/transitions`, {
    token: adminToken,
    body: { to: 'recruiting' },
  });
  if (opened.status !== 200) throw new Error(`programme not opened: ${JSON.stringify(opened.body)}`);
  return created.body.id as string;
}

export interface Answers {
  programmeId?: string;
  role: 'mentor' | 'mentee';
  skills: Record<string, number>;
  goals: string;
  days: string;
  dayparts: string;
  languages: string;
  capacity?: string;
}

/** Goes through every card with valid answers, from “join” to the summary (not confirmed). */
export async function fillSignUp(chat: Chat, join: string, answers: Answers): Promise<Reply> {
  let reply = await chat.say(join);
  reply = await chat.press(
    reply.card,
    'next',
    answers.programmeId ? { programmeId: answers.programmeId } : {},
  );
  reply = await chat.press(reply.card, 'next', { role: answers.role });
  const skills = Object.fromEntries(
    Object.entries(answers.skills).flatMap(([id, level]) => [
      [`skill_${id}`, 'true'],
      [`level_${id}`, String(level)],
    ]),
  );
  reply = await chat.press(reply.card, 'next', skills);
  reply = await chat.press(reply.card, 'next', { goals: answers.goals });
  reply = await chat.press(reply.card, 'next', {
    days: answers.days,
    dayparts: answers.dayparts,
    languages: answers.languages,
    ...(answers.capacity ? { capacity: answers.capacity } : {}),
  });
  return chat.press(reply.card, 'next', { charterAccepted: 'true', dataUseAccepted: 'true' });
}
