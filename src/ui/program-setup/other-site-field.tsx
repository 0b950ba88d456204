import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ProgramSetupPort } from '../common/program-setup-port';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  input: { flexGrow: 1, minWidth: '12rem', maxWidth: '100%' },
});

/** A SharePoint site's address limit: far past any real one, short enough to refuse pasted text. */
const ADDRESS_MAX = 400;

/** Enter another SharePoint site by its address; its error shows at the field. */
export function OtherSiteField({ port, disabled, onFound }: { port: ProgramSetupPort; disabled: boolean; onFound: (site: { id: string; name: string; url: string }) => void }) {
  const styles = useStyles();
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string>();
  const [finding, setFinding] = useState(false);
  const find = () => {
    if (!address.trim()) return setError('Enter the site’s address, such as https://contoso.sharepoint.com/sites/micromentor.');
    if (address.length > ADDRESS_MAX) return setError(`A site address is at most ${ADDRESS_MAX} characters.`);
    setFinding(true);
    setError(undefined);
    port.findSite(address).then(
      (site) => (setFinding(false), onFound(site)),
      (e: unknown) => (setFinding(false), setError(e instanceof Error ? e.message : 'Micromentor could not find that site.')),
    );
  };
  return (
    <div className={styles.row}>
      <Field className={styles.input} label="Another SharePoint site" validationMessage={error} validationState={error ? 'error' : 'none'} hint="Its address, as it shows in the browser">
        <Input value={address} maxLength={ADDRESS_MAX} placeholder="https://contoso.sharepoint.com/sites/micromentor" onChange={(_, d) => setAddress(d.value)} disabled={disabled || finding} />
      </Field>
      <Button onClick={find} disabled={disabled || finding}>
        {finding ? 'Finding the site…' : 'Use this site'}
      </Button>
    </div>
  );
}
