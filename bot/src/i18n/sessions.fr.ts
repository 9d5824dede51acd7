import type { SessionMessages } from './session-messages';

export const sessionsFr: SessionMessages = {
  title: 'Vos prochaines séances',
  none: 'Vous n’avez pas encore de séance. Elles apparaîtront ici dès que le responsable du programme les aura réservées dans votre agenda Outlook.',
  noneAhead: 'Vous n’avez plus de séance à venir. Écrivez « mon profil » pour voir vos programmes.',
  heading: 'Séance {number} sur {of} · {theme}',
  when: 'Quand',
  partner: 'Avec',
  status: 'État',
  notScheduled: 'pas encore d’horaire',
  statuses: {
    planned: 'en cours de réservation dans Outlook',
    booked: 'réservée dans Outlook',
    needs_slot: 'un nouveau créneau est à trouver',
    failed: 'non réservée : Outlook l’a refusée',
  },
  problems: {
    declined: '{name} a décliné l’horaire proposé.',
    reproposed: 'Nouvel horaire proposé après le refus de {name}.',
    calendarUnreadable: 'Un agenda Outlook n’a pas pu être lu.',
  },
  moreOne: 'Et 1 autre séance ensuite.',
  moreMany: 'Et {count} autres séances ensuite.',
  inOutlook: 'Chaque séance figure aussi dans votre agenda Outlook.',
  buttons: { join: 'Rejoindre dans Teams', reschedule: 'Trouver un autre créneau', cancel: 'Annuler' },
  reschedule: {
    nothingToMove:
      'Aucune de vos prochaines séances ne peut être déplacée pour le moment. Écrivez « mes séances » pour les voir.',
    moved:
      'C’est fait : la séance {number} sur {of}, « {theme} » avec {partner}, a lieu désormais le {when}. Outlook vous a envoyé le nouvel horaire à tous les deux.',
    noSlot:
      'Je n’ai pas trouvé de créneau qui vous convienne, à vous et à {partner}, dans les semaines à venir : {why} Rien n’a changé. Libérez un peu de temps dans Outlook puis réessayez, ou adressez-vous au responsable du programme.',
    reasons: {
      no_common_working_hours: 'vos heures de travail ne se recouvrent pas assez longtemps pour une séance.',
      calendars_full_in_window: 'vos agendas n’ont pas de plage libre commune assez longue pour une séance.',
      window_in_past: 'la période prévue pour cette séance est passée.',
    },
    otherReason: 'aucun horaire n’est libre dans les deux agendas.',
  },
  cancel: {
    title: 'Annuler la séance {number} sur {of} ?',
    intro:
      '« {theme} » avec {partner}, {when}. Outlook annulera la réunion et transmettra votre message à {partner}.',
    messageLabel: 'Un mot pour {partner}',
    placeholder: 'Par exemple : je suis en déplacement ce jour-là, trouvons une autre date.',
    messageRequired: 'Écrivez quelques mots pour {partner} : Outlook les joint à l’annulation.',
    messageTooLong: 'Limitez votre message à 1 000 caractères.',
    confirm: 'Annuler la séance',
    keep: 'La garder',
    done: 'La séance {number} sur {of} est annulée. Outlook a prévenu {partner}, avec votre message.',
    kept: 'Entendu, votre séance reste prévue.',
    nothingToCancel:
      'Aucune de vos prochaines séances ne peut être annulée pour le moment. Écrivez « mes séances » pour les voir.',
  },
  errors: {
    notOpen:
      'La séance {number} sur {of} ne peut plus être modifiée : elle est passée ou annulée, ou le binôme a pris fin. Écrivez « mes séances » pour faire le point.',
    notFound: 'Je ne trouve pas cette séance parmi les vôtres. Écrivez « mes séances » pour les voir.',
    calendarRefused:
      'Outlook n’a pas accepté la modification pour l’instant : rien n’a changé. Réessayez dans un instant ; si cela persiste, le responsable du programme peut vous aider.',
  },
};
