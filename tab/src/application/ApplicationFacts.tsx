import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationInputDto, ProgrammeDto } from '../../../api/src/contract';
import { useLocalised } from '../programmes/use-localised';
import { useApplicationFactsStyles } from './ApplicationFacts.styles';

export type ApplicationContent = Pick<
  ApplicationInputDto,
  'role' | 'skills' | 'goals' | 'availability' | 'languages' | 'capacity'
>;

/** An application as a list of facts: skills with their level, goals, availability, languages. */
export function ApplicationFacts({
  application,
  catalogue,
  before = [],
  after = [],
}: {
  application: ApplicationContent;
  catalogue: ProgrammeDto['skills'];
  before?: [string, ReactNode][];
  after?: [string, ReactNode][];
}) {
  const { t } = useTranslation();
  const styles = useApplicationFactsStyles();
  const localised = useLocalised();
  const skillName = (id: string) => localised(catalogue.find((s) => s.id === id)?.label) || id;
  const { availability } = application;
  const facts: [string, ReactNode][] = [
    ...before,
    [t('application.fields.role'), t(`programmes.role.${application.role}`)],
    [
      t(`application.fields.skills.${application.role}`),
      <ul key="skills" className={styles.skills}>
        {application.skills.map((skill) => (
          <li key={skill.skillId}>
            {skillName(skill.skillId)}{' '}
            <span className={styles.level}>
              {t('application.levelOf', { level: skill.level, name: t(`application.levels.${skill.level}`) })}
            </span>
          </li>
        ))}
      </ul>,
    ],
    [t('application.fields.goals'), application.goals || t('application.noGoals')],
    [
      t('application.fields.availability'),
      t('application.availabilityText', {
        days: availability.days.map((d) => t(`application.days.${d}`)).join(', '),
        dayparts: availability.dayparts.map((d) => t(`application.dayparts.${d}`)).join(', '),
      }),
    ],
    [t('application.fields.languages'), application.languages.map((l) => t(`language.${l}`)).join(', ')],
    ...(application.role === 'mentor'
      ? [
          [
            t('application.fields.capacity'),
            t('editor.general.mentees', { count: application.capacity }),
          ] as [string, ReactNode],
        ]
      : []),
    ...after,
  ];
  return (
    <dl className={styles.facts}>
      {facts.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.detail}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
