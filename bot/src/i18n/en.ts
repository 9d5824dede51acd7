import { feedbackEn, surveysEn } from './feedback.en';
import type { BotMessages } from './messages';
import { sessionsEn } from './sessions.en';
import { signUpEn } from './sign-up.en';

export const en: BotMessages = {
  welcome: {
    title: 'Welcome to Binôme',
    intro:
      'Binôme is a reverse-mentoring programme: a digitally fluent colleague, the mentor, helps a more ' +
      'senior colleague, the mentee, find their way around digital tools and practices. Each pair meets ' +
      'for regular sessions and learns both ways.',
    whatIDo: 'Here is what I do for you:',
    signUp: 'Sign you up for the programme, as a mentor or a mentee.',
    reminders: 'Remind you of your upcoming sessions with your pair.',
    feedback: 'Ask for your feedback after each session.',
    charter: 'Everything said within a pair stays within the pair, as the trust charter sets out.',
  },
  help: {
    title: 'What I can do',
    intro: 'I am the Binôme assistant for the reverse-mentoring programme.',
    youCanSay: 'You can say:',
    commands: [
      { say: '“join”', does: 'Sign up for a programme open for sign-up, as a mentor or a mentee.' },
      { say: '“my profile”', does: 'See your applications, with their status.' },
      { say: '“edit”', does: 'Change your application.' },
      { say: '“withdraw”', does: 'Withdraw your application, any time before you are paired.' },
      { say: '“my sessions”', does: 'See your next sessions, join them in Teams, move or cancel one.' },
      {
        say: '“reschedule my next session”',
        does: 'Move your next session to another time that suits you both.',
      },
      {
        say: '“feedback”',
        does: 'Give your feedback on your latest session, or another one still waiting for it.',
      },
      { say: '“surveys”', does: 'Answer the programme surveys open to you.' },
      { say: '“cancel”', does: 'Stop the sign-up or the question under way.' },
      { say: '“help” or “?”', does: 'Show this list.' },
    ],
    iWillSend: 'I will also write to you here to:',
    reminders: 'remind you of your sessions with your pair;',
    feedback: 'ask for your feedback after each session.',
    button: 'Help',
  },
  review: {
    approved:
      'Good news: your application to “{programme}” as {role} is approved. I will introduce your pair here once matching is done.',
    waitlisted:
      'Your application to “{programme}” as {role} is on the waiting list for now. I will write to you as soon as a place opens.',
    declined:
      'Your application to “{programme}” as {role} was not kept this time. Thank you for volunteering.',
    messageFrom: 'A word from the programme team:',
    roles: { mentor: 'mentor', mentee: 'mentee' },
  },
  signUp: signUpEn,
  sessions: sessionsEn,
  feedback: feedbackEn,
  surveys: surveysEn,
  notUnderstood: 'Sorry, I did not understand. Say “help” to see what I can do.',
  turnError: 'Sorry, something went wrong on my side. Please try again in a moment.',
};
