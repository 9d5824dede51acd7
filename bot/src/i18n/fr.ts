import type { BotMessages } from './messages';

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
    commands: [{ say: '« aide » ou « ? »', does: 'Afficher cette liste.' }],
    iWillSend: 'Je vous écrirai aussi ici pour :',
    reminders: 'vous rappeler vos séances avec votre binôme ;',
    feedback: 'vous demander votre avis après chaque séance.',
    button: 'Aide',
  },
  notUnderstood: 'Désolé, je n’ai pas compris. Écrivez « aide » pour voir ce que je sais faire.',
  turnError: 'Désolé, un problème technique m’a empêché de répondre. Réessayez dans un instant.',
};
