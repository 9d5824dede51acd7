import { feedbackFr, surveysFr } from './feedback.fr';
import type { BotMessages } from './messages';
import { sessionsFr } from './sessions.fr';
import { signUpFr } from './sign-up.fr';

export const fr: BotMessages = {
  welcome: {
    title: 'Bienvenue dans Binôme',
    intro:
      'Binôme est un programme de mentorat inversé : un·e collègue à l’aise avec le numérique, le mentor, ' +
      'accompagne un·e collègue plus expérimenté·e, le ou la mentoré·e, dans ses usages numériques. ' +
      'Chaque binôme se retrouve en séances régulières et chacun apprend de l’autre.',
    whatIDo: 'Voici ce que je fais pour vous :',
    signUp: 'Vous inscrire au programme, comme mentor ou comme mentoré·e.',
    reminders: 'Vous rappeler vos prochaines séances avec votre binôme.',
    feedback: 'Vous demander votre avis après chaque séance.',
    charter: 'Ce qui se dit dans un binôme reste dans le binôme, selon la charte de confiance.',
  },
  help: {
    title: 'Ce que je sais faire',
    intro: 'Je suis l’assistant Binôme du programme de mentorat inversé.',
    youCanSay: 'Vous pouvez écrire :',
    commands: [
      { say: '« rejoindre »', does: 'Vous inscrire à un programme ouvert, comme mentor ou comme mentoré·e.' },
      { say: '« mon profil »', does: 'Voir vos candidatures et leur état.' },
      { say: '« modifier »', does: 'Modifier votre candidature.' },
      { say: '« retirer »', does: 'Retirer votre candidature, à tout moment avant la mise en binôme.' },
      {
        say: '« mes séances »',
        does: 'Voir vos prochaines séances, les rejoindre dans Teams, en déplacer ou en annuler une.',
      },
      {
        say: '« reporter ma prochaine séance »',
        does: 'Déplacer votre prochaine séance à un autre créneau qui vous convient à tous les deux.',
      },
      {
        say: '« mon avis »',
        does: 'Donner votre avis sur votre dernière séance, ou sur une autre qui l’attend encore.',
      },
      { say: '« enquêtes »', does: 'Répondre aux enquêtes du programme qui vous sont ouvertes.' },
      { say: '« annuler »', does: 'Arrêter l’inscription ou la question en cours.' },
      { say: '« aide » ou « ? »', does: 'Afficher cette liste.' },
    ],
    iWillSend: 'Je vous écrirai aussi ici pour :',
    reminders: 'vous rappeler vos séances avec votre binôme ;',
    feedback: 'vous demander votre avis après chaque séance.',
    button: 'Aide',
  },
  review: {
    approved:
      'Bonne nouvelle : votre candidature au programme « {programme} » comme {role} est acceptée. Je vous présenterai votre binôme ici une fois l’appariement fait.',
    waitlisted:
      'Votre candidature au programme « {programme} » comme {role} est pour l’instant sur liste d’attente. Je vous écrirai dès qu’une place se libère.',
    declined:
      'Votre candidature au programme « {programme} » comme {role} n’a pas été retenue cette fois. Merci de vous être porté·e volontaire.',
    messageFrom: 'Un mot de l’équipe du programme :',
    roles: { mentor: 'mentor', mentee: 'mentoré·e' },
  },
  signUp: signUpFr,
  sessions: sessionsFr,
  feedback: feedbackFr,
  surveys: surveysFr,
  notUnderstood: 'Désolé, je n’ai pas compris. Écrivez « aide » pour voir ce que je sais faire.',
  turnError: 'Désolé, un problème technique m’a empêché de répondre. Réessayez dans un instant.',
};
