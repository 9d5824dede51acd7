import type { SignUpMessages } from './sign-up-messages';

export const signUpFr: SignUpMessages = {
  needsTeams:
    'L’inscription passe par votre compte Microsoft 365 : écrivez-moi depuis Microsoft Teams, dans votre organisation.',
  personalChatOnly:
    'Faisons cela dans notre conversation personnelle : ouvrez Binôme depuis la barre d’applications de Teams et écrivez « rejoindre ».',
  notInDirectory:
    'Je ne vous trouve pas dans l’annuaire Microsoft 365 de votre organisation, je ne peux donc pas vous inscrire. Contactez le responsable du programme.',
  noOpenProgramme:
    'Aucun programme ne vous est ouvert aux candidatures pour le moment. Je vous inscrirai volontiers dès qu’il y en aura un : écrivez alors « rejoindre ».',
  programmeClosed: 'Le programme « {programme} » n’est plus ouvert aux candidatures.',
  cancelled:
    'Entendu, je m’arrête là ; rien n’a été enregistré. Écrivez « rejoindre » quand vous voudrez recommencer.',
  nothingToCancel: 'Il n’y a rien à annuler. Écrivez « aide » pour voir ce que je sais faire.',
  useTheCard: 'Répondez avec la carte ci-dessous, ou écrivez « annuler » pour arrêter.',
  staleCard: 'Cette carte correspond à une étape précédente. Voici où nous en sommes :',
  expiredCard:
    'Cette carte n’est plus à jour. Écrivez « rejoindre » pour vous inscrire ou « mon profil » pour voir vos candidatures.',
  stepOf: 'Étape {step} sur {total}',
  errorIntro: 'À vérifier :',
  buttons: {
    next: 'Suivant',
    cancel: 'Annuler',
    confirm: 'Confirmer',
    edit: 'Modifier',
    join: 'Rejoindre un programme',
    withdraw: 'Retirer',
    backToSummary: 'Revenir au récapitulatif',
  },
  start: {
    title: 'Inscription à un programme de mentorat inversé',
    fromMicrosoft365: 'Depuis Microsoft 365 (inutile de le ressaisir) :',
    facts: {
      name: 'Nom',
      department: 'Service',
      jobTitle: 'Fonction',
      manager: 'Responsable',
      office: 'Site',
      language: 'Langue',
      timeZone: 'Fuseau horaire',
    },
    notSet: 'non renseigné',
    chooseProgramme: 'Quel programme souhaitez-vous rejoindre ?',
    oneProgramme: 'Le programme « {programme} » est ouvert aux candidatures.',
    alreadyApplied:
      'Vous avez déjà candidaté comme {role} ({status}) : vos réponses sont reprises, modifiez ce que vous voulez.',
  },
  role: {
    title: 'Votre rôle',
    question: 'Comment souhaitez-vous participer ?',
    mentor: 'Je partage mes compétences numériques (mentor)',
    mentee: 'Je veux apprendre (mentoré·e)',
  },
  skills: {
    titleMentor: 'Les compétences que vous partagez',
    titleMentee: 'Les compétences que vous voulez acquérir',
    introMentor:
      'Cochez les compétences que vous pouvez partager et évaluez votre niveau, de 1 (débutant) à 5 (expert).',
    introMentee:
      'Cochez les compétences que vous voulez acquérir et indiquez votre niveau actuel, de 1 (débutant) à 5 (expert). C’est votre auto-évaluation initiale.',
    level: 'Votre niveau',
    levels: ['1 — débutant', '2 — notions', '3 — à l’aise', '4 — avancé', '5 — expert'],
  },
  goals: {
    title: 'Vos objectifs',
    question: 'Qu’attendez-vous du programme ?',
    placeholder: 'Par exemple : utiliser Copilot pour mon reporting hebdomadaire.',
  },
  availability: {
    title: 'Disponibilités et langues',
    days: 'Les jours qui vous conviennent',
    dayparts: 'Moment de la journée',
    languages: 'Langues dans lesquelles vous pouvez tenir les séances',
    capacity: 'Nombre de mentoré·es que vous pouvez accompagner',
    weekdays: {
      monday: 'Lundi',
      tuesday: 'Mardi',
      wednesday: 'Mercredi',
      thursday: 'Jeudi',
      friday: 'Vendredi',
    },
    daypartNames: { morning: 'Matin', afternoon: 'Après-midi' },
    languageNames: { fr: 'Français', en: 'Anglais' },
  },
  consent: {
    title: 'Charte de confiance et usage de vos données',
    charterHeading: 'La charte de confiance du programme',
    acceptCharter: 'J’ai lu et j’accepte la charte de confiance',
    dataUseHeading: 'Comment Binôme utilise vos données',
    dataUse: [
      'votre profil de l’annuaire Microsoft 365 (nom, service, fonction, responsable, site, langue, fuseau horaire) pour pré-remplir cette candidature et former les binômes ;',
      'les plages libres ou occupées de votre agenda Outlook, jamais le contenu de vos réunions, pour réserver les séances quand vous êtes tous deux disponibles ;',
      'vos réponses ici et vos avis après les séances, lus par les responsables du programme ; les sponsors ne voient que des agrégats.',
    ],
    privacyLink: 'Lire la [politique de confidentialité]({url}).',
    acceptDataUse: 'J’ai lu l’information sur l’usage des données et je l’accepte',
  },
  summary: {
    title: 'Votre candidature',
    intro: 'Voici ce que j’enverrai à l’équipe du programme. Confirmez, ou modifiez une partie.',
    programme: 'Programme',
    role: 'Rôle',
    skills: 'Compétences',
    goals: 'Objectifs',
    availability: 'Disponibilités',
    languages: 'Langues',
    capacity: 'Mentoré·es',
    charter: 'Charte et données',
    accepted: 'acceptées',
    none: '—',
  },
  chooser: {
    title: 'Que souhaitez-vous modifier ?',
    question: 'Choisissez une partie de votre candidature :',
    sections: {
      role: 'Rôle',
      skills: 'Compétences et niveaux',
      goals: 'Objectifs',
      availability: 'Disponibilités et langues',
      consent: 'Charte et données',
    },
  },
  saved: {
    created: 'Merci ! Votre candidature au programme « {programme} » comme {role} est envoyée.',
    updated: 'C’est fait : votre candidature au programme « {programme} » comme {role} est mise à jour.',
    next: 'L’équipe du programme va l’examiner et je vous tiendrai au courant ici. Écrivez « mon profil » pour la consulter à tout moment.',
  },
  errors: {
    chooseProgramme: 'choisissez un programme.',
    chooseRole: 'choisissez mentor ou mentoré·e.',
    noSkill: 'cochez au moins une compétence.',
    tooManySkills: 'cochez 12 compétences au plus.',
    levelMissing: 'indiquez votre niveau pour « {skill} ».',
    goalsTooLong: 'limitez vos objectifs à 2 000 caractères.',
    noDay: 'choisissez au moins un jour.',
    noDaypart: 'choisissez le matin, l’après-midi ou les deux.',
    noLanguage: 'choisissez au moins une langue.',
    capacity: 'un mentor accompagne de 1 à {max} mentoré·e(s) dans ce programme.',
    charter: 'acceptez la charte de confiance pour participer.',
    dataUse: 'acceptez l’information sur l’usage des données pour participer.',
    unknownSkill: '« {skill} » ne fait plus partie des compétences du programme.',
    notEligible:
      'Le programme « {programme} » n’est pas ouvert à votre service, votre site ou votre type de contrat.',
    alreadyPaired:
      'Vous êtes déjà en binôme dans le programme « {programme} » : adressez-vous à son responsable pour tout changement.',
    noApplication: 'Vous n’avez pas de candidature au programme « {programme} » à retirer.',
  },
  profile: {
    title: 'Vos candidatures',
    none: 'Vous n’avez encore candidaté à aucun programme.',
    status: 'État',
    statuses: {
      applied: 'envoyée, en attente d’examen',
      approved: 'acceptée',
      waitlisted: 'sur liste d’attente',
      declined: 'non retenue',
      withdrawn: 'retirée',
      paired: 'en binôme',
    },
    reviewMessage: 'Un mot de l’équipe du programme',
  },
  withdraw: {
    title: 'Retirer votre candidature ?',
    question:
      'Votre candidature au programme « {programme} » sera retirée et vous ne serez pas mis·e en binôme. Vous pourrez candidater de nouveau tant que le programme recrute.',
    yes: 'Oui, retirer',
    no: 'Non, la garder',
    done: 'Votre candidature au programme « {programme} » est retirée. Merci de votre intérêt.',
    kept: 'Entendu, votre candidature reste telle quelle.',
    none: 'Vous n’avez aucune candidature qui puisse être retirée.',
    which: 'Quelle candidature souhaitez-vous retirer ? Utilisez son bouton Retirer ci-dessous.',
  },
};
