import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, makeStyles } from '@fluentui/react-components';
import type { RequestCoaching, RewriteShape } from '../../domain/request-coaching';

const useStyles = makeStyles({
  title: { display: 'block' },
  rewrite: { fontStyle: 'italic', overflowWrap: 'anywhere' },
});

/** The method's coaching on a goal that is not yet precise: hints, a rewrite, and a button to use it. */
export function CoachingBar({ coaching, onAccept }: { coaching: RequestCoaching | undefined; onAccept: (rewrite: RewriteShape) => void }) {
  const styles = useStyles();
  if (!coaching || coaching.precise) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="coaching">
      <MessageBarBody>
        <MessageBarTitle className={styles.title}>Make it easy to say yes</MessageBarTitle>
        {coaching.hints.map((hint) => (
          <Text as="p" block key={hint.code}>
            {hint.message}
          </Text>
        ))}
        <Text as="p" block>A precise request reads like:</Text>
        <Text as="p" block className={styles.rewrite} data-testid="rewrite-text">
          {coaching.rewrite.text}
        </Text>
      </MessageBarBody>
      <MessageBarActions>
        <Button data-testid="accept-rewrite" onClick={() => onAccept(coaching.rewrite)}>
          Use this rewrite
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
