// The follow-up resource the mentor gives (title and an https link), checked with the domain's rule
// where it is typed. Both see it; only the mentor sets it.
import { Button, Field, Input, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RESOURCE_TITLE_MAX, validateFollowUpResource, type FollowUpResource } from '../../domain/follow-up-resource';
import { safeHttpsUrl } from '../../domain/links';
import type { SessionEdit } from '../../domain/session-edits';
import { inputCeiling } from '../common/input-ceiling';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: 'anywhere', border: 'none', margin: 0, padding: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const URL_MAX = 2_000;

export function FollowUpResourceField({ resource, canEdit, onEdit }: { resource?: FollowUpResource; canEdit: boolean; onEdit: (edit: SessionEdit) => void }) {
  const styles = useStyles();
  const [title, setTitle] = useState(resource?.title ?? '');
  const [url, setUrl] = useState(resource?.url ?? '');
  const [errors, setErrors] = useState<{ title?: string; url?: string }>({});
  const href = resource ? safeHttpsUrl(resource.url) : undefined;

  const shown = resource ? (
    <Text data-testid="follow-up-resource">
      Follow-up resource:{' '}
      {href ? (
        <Link href={href} target="_blank" rel="noopener noreferrer" inline>
          {resource.title || resource.url}
        </Link>
      ) : (
        resource.title || resource.url
      )}
    </Text>
  ) : null;
  if (!canEdit) return shown;

  const save = () => {
    const checked = validateFollowUpResource({ title, url });
    if (!checked.ok) {
      setErrors(Object.fromEntries(checked.errors.map((e) => [e.field, e.message])));
      return;
    }
    setErrors({});
    onEdit({ type: 'follow-up', resource: checked.resource });
  };

  return (
    <fieldset className={styles.root}>
      <legend>
        <Text weight="semibold">Follow-up resource (optional)</Text>
      </legend>
      {shown}
      <Field label="Title" validationMessage={errors.title} validationState={errors.title ? 'error' : 'none'}>
        <Input value={title} maxLength={inputCeiling(RESOURCE_TITLE_MAX)} onChange={(_, d) => setTitle(d.value)} data-testid="resource-title" />
      </Field>
      <Field label="Link (https://…)" validationMessage={errors.url} validationState={errors.url ? 'error' : 'none'}>
        <Input type="url" value={url} maxLength={URL_MAX} onChange={(_, d) => setUrl(d.value)} data-testid="resource-url" />
      </Field>
      <div className={styles.buttons}>
        <Button onClick={save} data-testid="save-resource">
          {resource ? 'Update resource' : 'Add resource'}
        </Button>
        {resource ? (
          <Button
            appearance="subtle"
            onClick={() => {
              setTitle('');
              setUrl('');
              onEdit({ type: 'follow-up', resource: null });
            }}
          >
            Remove resource
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
