import { formatMinutes, type SchedulingMessages } from './messages';

/** « de Marc », « d'Anne ». */
const de = (name: string) => (/^[aeiouyàâäéèêëîïôöùûüh]/i.test(name) ? `d'${name}` : `de ${name}`);

export const FR: SchedulingMessages = {
  separator: ' ; ',
  list: (items) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`,
  duration: formatMinutes,
  theme: {
    'tool-demo': {
      label: "Démonstration d'outil",
      objective: 'Découvrir un outil numérique utile à votre métier et repérer un premier usage concret.',
      agenda: [
        'Tour de table : vos usages actuels et vos attentes (10 min)',
        "Démonstration de l'outil par le mentor (20 min)",
        'Prise en main guidée sur un cas de votre quotidien (20 min)',
        'Prochaine étape : un usage à essayer avant la séance suivante (10 min)',
      ],
    },
    'hands-on-workshop': {
      label: 'Atelier pratique',
      objective:
        'Réaliser vous-même une tâche réelle avec un outil numérique, accompagné·e par votre mentor.',
      agenda: [
        'Choix de la tâche à réaliser ensemble (5 min)',
        'Mise en pratique par le mentoré·e, le mentor en soutien (40 min)',
        'Ce qui a fonctionné, ce qui a bloqué (10 min)',
        'Engagement pour la semaine à venir (5 min)',
      ],
    },
    'case-study': {
      label: 'Étude de cas',
      objective: 'Analyser ensemble un cas concret de transformation numérique dans le secteur bancaire.',
      agenda: [
        'Présentation du cas (10 min)',
        'Analyse croisée : le regard du terrain et le regard du numérique (25 min)',
        'Ce que ce cas change pour votre équipe (15 min)',
        'Points à approfondir (10 min)',
      ],
    },
    'sector-trends': {
      label: 'Tendances du secteur',
      objective: 'Partager les tendances numériques qui transforment la banque et en mesurer les enjeux.',
      agenda: [
        'Trois tendances choisies par le mentor (15 min)',
        "Le point de vue du mentoré·e : opportunités et risques pour l'activité (20 min)",
        'Discussion : quelles conséquences pour vos métiers ? (15 min)',
        'Ressources pour aller plus loin (10 min)',
      ],
    },
    'active-listening': {
      label: "Pratique de l'écoute active",
      objective: "S'exercer à l'écoute active pour que chacun apprenne de l'autre, sans jugement.",
      agenda: [
        "Rappel des principes de l'écoute active (10 min)",
        'Exercice en binôme : reformuler et questionner (25 min)',
        'Retour mutuel sur la façon dont chacun a écouté (15 min)',
        'Ce que vous changerez dans vos prochaines séances (10 min)',
      ],
    },
    'goals-review': {
      label: 'Bilan des objectifs',
      objective: "Faire le point sur vos objectifs d'apprentissage et ajuster la suite du programme.",
      agenda: [
        'Relecture des objectifs fixés au départ (10 min)',
        "Progrès constatés de part et d'autre (20 min)",
        'Objectifs atteints, à ajuster ou à ajouter (20 min)',
        'Prochaines étapes et remerciements (10 min)',
      ],
    },
  },

  slotFound: ({ times, score }) => `Créneau proposé : ${times} (note ${score}/100)`,
  localSlot: ({ name, date, from, to, timeZone }) => `${date} de ${from} à ${to} pour ${name} (${timeZone})`,
  reason: ({ code, name, days }) => {
    switch (code) {
      case 'preferred_day':
        return `jour préféré ${de(name)}`;
      case 'not_preferred_day':
        return `hors des jours préférés ${de(name)}`;
      case 'preferred_daypart':
        return `moment de la journée préféré ${de(name)}`;
      case 'not_preferred_daypart':
        return `hors du moment de la journée préféré ${de(name)}`;
      case 'monday_early':
        return `lundi avant 10:00 pour ${name}`;
      case 'friday_late':
        return `vendredi après 16:00 pour ${name}`;
      case 'lunch_time':
        return `pendant la pause déjeuner ${de(name)} (12:00–14:00)`;
      case 'working_elsewhere':
        return `${name} travaille hors de son lieu habituel`;
      case 'off_target':
        return `à ${days} ${days === 1 ? 'jour' : 'jours'} de la date prévue par le rythme des séances`;
    }
  },

  noCommonWorkingHours: ({ common, duration }) =>
    `Aucun créneau de ${duration} dans les heures de travail communes aux deux membres du binôme sur la période (${common} en commun au total).`,
  calendarsFull: ({ common, longestFree, duration }) =>
    `Les agendas sont pleins sur la période : ${common} de travail en commun, mais le plus long créneau libre dure ${longestFree} pour une séance de ${duration}.`,
  windowInPast: ({ windowEnd }) =>
    `La période de cette séance est passée (elle se terminait le ${windowEnd}) : choisissez une nouvelle période.`,
};
