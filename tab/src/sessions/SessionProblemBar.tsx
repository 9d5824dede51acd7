import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ProblemBar } from '../common/ProblemBar';
import { describeRefusal } from './session-refusal';

/** A refused session action with its reasons in the UI language; any other failure as usual. */
export function SessionProblemBar({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const refusal = describeRefusal(error, t);
  if (!refusal) return <ProblemBar error={error} />;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{refusal.title}</MessageBarTitle>
        {refusal.lines.length === 1 ? (
          refusal.lines[0]
        ) : (
          <ul>
            {refusal.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
