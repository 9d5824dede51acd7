import type { FeedbackMessages, SurveyMessages } from './feedback-messages';
import type { SessionMessages } from './session-messages';
import type { SignUpMessages } from './sign-up-messages';

/** Every sentence the bot says; the French and English catalogues both implement it in full. */
export interface BotMessages {
  welcome: {
    title: string;
    intro: string;
    whatIDo: string;
    signUp: string;
    reminders: string;
    feedback: string;
    charter: string;
  };
  help: {
    title: string;
    intro: string;
    youCanSay: string;
    commands: { say: string; does: string }[];
    iWillSend: string;
    reminders: string;
    feedback: string;
    button: string;
  };
  /** Proactive message after an admin's review; `{programme}` and `{role}` are filled in. */
  review: {
    approved: string;
    waitlisted: string;
    declined: string;
    messageFrom: string;
    roles: { mentor: string; mentee: string };
  };
  signUp: SignUpMessages;
  sessions: SessionMessages;
  feedback: FeedbackMessages;
  surveys: SurveyMessages;
  notUnderstood: string;
  turnError: string;
}
