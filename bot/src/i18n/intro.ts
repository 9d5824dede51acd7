/** The introduction a person receives when their binôme is approved. `{…}` are filled in. */
export interface IntroMessages {
  title: string;
  youArePaired: string;
  roles: { mentor: string; mentee: string };
  why: string;
  firstSteps: string;
  steps: string[];
  charter: string;
  openTab: string;
}

export const INTRO: Record<'fr' | 'en', IntroMessages> = {
  en: {
    title: 'Meet your binôme',
    youArePaired: 'In “{programme}” you are {partner}’s {role}.',
    roles: { mentor: 'mentor', mentee: 'mentee' },
    why: 'Why you two:',
    firstSteps: 'First steps:',
    steps: [
      'Say hello to {partner} in a Teams chat this week.',
      'Your sessions will appear in your Outlook calendar with a Teams link; the first one is about getting to know each other and setting your goals.',
      'Listen more than you speak: ask open questions and check what you understood.',
    ],
    charter: 'Read the trust charter together: what is said in the pair stays in the pair.',
    openTab: 'Open Binôme',
  },
  fr: {
    title: 'Voici votre binôme',
    youArePaired: 'Dans « {programme} », vous êtes {role} de {partner}.',
    roles: { mentor: 'le mentor', mentee: 'le ou la mentoré·e' },
    why: 'Pourquoi vous deux :',
    firstSteps: 'Premiers pas :',
    steps: [
      'Écrivez un mot à {partner} dans une conversation Teams cette semaine.',
      'Vos séances apparaîtront dans votre agenda Outlook avec un lien Teams ; la première sert à faire connaissance et à fixer vos objectifs.',
      'Écoutez plus que vous ne parlez : posez des questions ouvertes et reformulez ce que vous avez compris.',
    ],
    charter: 'Lisez ensemble la charte de confiance : ce qui se dit dans le binôme reste dans le binôme.',
    openTab: 'Ouvrir Binôme',
  },
};
