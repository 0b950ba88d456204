// The guide page: static, no sign-in, opened from the surfaces' empty states (in Teams and Outlook it
// opens in the browser). The theme comes from the address (?theme=dark), as the surfaces pass it.
import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { toHostTheme } from '../../domain/host-context';
import { fluentTheme } from '../../ui/fluent-theme';
import { GuidePage } from '../../ui/guide/guide-page';

const theme = toHostTheme(new URLSearchParams(window.location.search).get('theme'));
createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={fluentTheme(theme)} data-theme={theme} style={{ minHeight: '100vh' }}>
    <GuidePage onPrint={() => window.print()} />
  </FluentProvider>,
);
