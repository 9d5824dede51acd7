import { formatMinutes, type SchedulingMessages } from './messages';

const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);

export const EN: SchedulingMessages = {
  separator: '; ',
  list: (items) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`,
  duration: formatMinutes,
  theme: {
    'tool-demo': {
      label: 'Tool demo',
      objective: 'Discover a digital tool that helps in your job and pick a first concrete use for it.',
      agenda: [
        'Round table: how you work today and what you expect (10 min)',
        'The mentor demonstrates the tool (20 min)',
        'Guided first steps on a case from your daily work (20 min)',
        'Next step: one use to try before the next session (10 min)',
      ],
    },
    'hands-on-workshop': {
      label: 'Hands-on workshop',
      objective: 'Carry out a real task yourself with a digital tool, with your mentor at your side.',
      agenda: [
        'Choose the task to do together (5 min)',
        'The mentee practises, the mentor supports (40 min)',
        'What worked, what got in the way (10 min)',
        'Commitment for the week ahead (5 min)',
      ],
    },
    'case-study': {
      label: 'Case study',
      objective: 'Analyse together a concrete case of digital transformation in banking.',
      agenda: [
        'The case (10 min)',
        'Two views: the business and the digital side (25 min)',
        'What the case changes for your team (15 min)',
        'Points to explore further (10 min)',
      ],
    },
    'sector-trends': {
      label: 'Sector trends',
      objective: 'Share the digital trends reshaping banking and weigh what is at stake.',
      agenda: [
        'Three trends chosen by the mentor (15 min)',
        "The mentee's view: opportunities and risks for the business (20 min)",
        'Discussion: what it means for your jobs (15 min)',
        'Resources to go further (10 min)',
      ],
    },
    'active-listening': {
      label: 'Active-listening practice',
      objective: 'Practise active listening so that each of you learns from the other, without judgement.',
      agenda: [
        'The principles of active listening (10 min)',
        'Pair exercise: rephrase and ask open questions (25 min)',
        'Feedback to each other on how you listened (15 min)',
        'What you will change in your next sessions (10 min)',
      ],
    },
    'goals-review': {
      label: 'Review of goals',
      objective: 'Take stock of your learning goals and adjust the rest of the programme.',
      agenda: [
        'The goals set at the start (10 min)',
        'Progress seen on both sides (20 min)',
        'Goals reached, to adjust or to add (20 min)',
        'Next steps and thanks (10 min)',
      ],
    },
  },

  slotFound: ({ times, score }) => `Proposed slot: ${times} (score ${score}/100)`,
  localSlot: ({ name, date, from, to, timeZone }) => `${date}, ${from} to ${to} for ${name} (${timeZone})`,
  reason: ({ code, name, days }) => {
    switch (code) {
      case 'preferred_day':
        return `on one of ${possessive(name)} preferred days`;
      case 'not_preferred_day':
        return `not on one of ${possessive(name)} preferred days`;
      case 'preferred_daypart':
        return `at ${possessive(name)} preferred time of day`;
      case 'not_preferred_daypart':
        return `not at ${possessive(name)} preferred time of day`;
      case 'monday_early':
        return `Monday before 10:00 for ${name}`;
      case 'friday_late':
        return `Friday after 16:00 for ${name}`;
      case 'lunch_time':
        return `during ${possessive(name)} lunch break (12:00–14:00)`;
      case 'working_elsewhere':
        return `${name} is working elsewhere`;
      case 'off_target':
        return `${days} ${days === 1 ? 'day' : 'days'} from the date the session cadence aims at`;
    }
  },

  noCommonWorkingHours: ({ common, duration }) =>
    `No ${duration} slot within the working hours both members of the pair share in this period (${common} in common in all).`,
  calendarsFull: ({ common, longestFree, duration }) =>
    `The calendars are full in this period: ${common} of shared working hours, but the longest free slot lasts ${longestFree} for a ${duration} session.`,
  windowInPast: ({ windowEnd }) =>
    `This session's period is over (it ended on ${windowEnd}): choose a new period.`,
};
