/** The privacy notice and terms of use linked from the Teams app manifest, in French and English. */
export interface LegalPage {
  title: string;
  sections: { heading: string; paragraphs: string[] }[];
}

export const PRIVACY: Record<'fr' | 'en', LegalPage> = {
  en: {
    title: 'Binôme — privacy notice',
    sections: [
      {
        heading: 'What Binôme reads',
        paragraphs: [
          'From your organisation’s Microsoft 365 directory: your name, e-mail address, department, job title, office, manager, hire date, preferred language, time zone and working hours. They pre-fill your application and help form pairs (for example, never pairing you with someone in your reporting line).',
          'From Outlook calendars: free/busy times only, to find session slots both people can make. Binôme books the sessions it plans in both calendars and reads back whether they were accepted or declined.',
        ],
      },
      {
        heading: 'What you give Binôme',
        paragraphs: [
          'Your application: role, skills with your self-assessed levels, goals, availability and languages; your feedback after sessions and your survey answers.',
          'Feedback comments are seen by the programme admins only, and not at all when you mark them private. Sponsors and breakdowns see aggregates only, never a group of fewer than five people. Nobody sees how their partner rated them.',
        ],
      },
      {
        heading: 'Where it is kept',
        paragraphs: [
          'In your organisation’s own database, run by your organisation, for the duration of the programme and the period its HR policy sets. Binôme does not sell, share or use your data for advertising.',
          'To see, correct or delete your data, or to withdraw, contact the programme admin (your HR or learning team) or say “withdraw” to the Binôme bot before you are paired.',
        ],
      },
    ],
  },
  fr: {
    title: 'Binôme — politique de confidentialité',
    sections: [
      {
        heading: 'Ce que Binôme lit',
        paragraphs: [
          'Dans l’annuaire Microsoft 365 de votre organisation : vos nom, adresse e-mail, service, fonction, site, responsable, date d’entrée, langue préférée, fuseau horaire et horaires de travail. Ils pré-remplissent votre candidature et aident à former les binômes (par exemple, jamais avec une personne de votre ligne hiérarchique).',
          'Dans les agendas Outlook : uniquement les plages libres ou occupées, pour trouver des créneaux de séance qui conviennent aux deux personnes. Binôme réserve les séances dans les deux agendas et relit si elles ont été acceptées ou refusées.',
        ],
      },
      {
        heading: 'Ce que vous confiez à Binôme',
        paragraphs: [
          'Votre candidature : rôle, compétences avec votre auto-évaluation, objectifs, disponibilités et langues ; vos avis après les séances et vos réponses aux questionnaires.',
          'Les commentaires ne sont lus que par les responsables du programme, et pas du tout si vous les marquez privés. Les sponsors et les répartitions ne voient que des agrégats, jamais un groupe de moins de cinq personnes. Personne ne voit la note que son binôme lui a donnée.',
        ],
      },
      {
        heading: 'Où elles sont conservées',
        paragraphs: [
          'Dans la base de données de votre organisation, exploitée par elle, pendant la durée du programme et la période fixée par sa politique RH. Binôme ne vend ni ne partage vos données, et ne les utilise pas à des fins publicitaires.',
          'Pour consulter, corriger ou supprimer vos données, ou vous retirer, adressez-vous au responsable du programme (votre équipe RH ou formation) ou dites « retirer » au bot Binôme avant d’être mis en binôme.',
        ],
      },
    ],
  },
};

export const TERMS: Record<'fr' | 'en', LegalPage> = {
  en: {
    title: 'Binôme — terms of use',
    sections: [
      {
        heading: 'Taking part',
        paragraphs: [
          'Taking part in a reverse-mentoring programme is voluntary. By signing up you accept the programme’s trust charter: confidentiality of what is said in sessions, respect, and the commitment to prepare sessions and give feedback.',
          'Either member of a pair may end it at any time by telling the programme admin; Binôme then proposes a new pairing where possible.',
        ],
      },
      {
        heading: 'Your organisation',
        paragraphs: [
          'Binôme is operated by your organisation within its Microsoft 365 tenant. Its acceptable-use and data-protection policies apply to everything you write in Binôme.',
        ],
      },
    ],
  },
  fr: {
    title: 'Binôme — conditions d’utilisation',
    sections: [
      {
        heading: 'Participer',
        paragraphs: [
          'La participation à un programme de mentorat inversé est volontaire. En vous inscrivant, vous acceptez la charte de confiance du programme : confidentialité des échanges, respect, et engagement à préparer les séances et à donner votre avis.',
          'Chaque membre d’un binôme peut y mettre fin à tout moment en le signalant au responsable du programme ; Binôme propose alors, si possible, un nouveau binôme.',
        ],
      },
      {
        heading: 'Votre organisation',
        paragraphs: [
          'Binôme est exploité par votre organisation dans son environnement Microsoft 365. Ses règles d’usage et de protection des données s’appliquent à tout ce que vous écrivez dans Binôme.',
        ],
      },
    ],
  },
};
