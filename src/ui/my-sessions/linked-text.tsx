import { Link } from '@fluentui/react-components';
import { safeHttpsUrl } from '../../domain/links';
import { splitLinks } from '../../domain/precise-request';

/** Someone's text with its https links as anchors; anything else (http, javascript:) stays text. React escapes the rest. */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((segment, i) => {
        const href = segment.kind === 'link' ? safeHttpsUrl(segment.url) : undefined;
        return href ? (
          <Link key={i} href={href} target="_blank" rel="noopener noreferrer" inline>
            {segment.text}
          </Link>
        ) : (
          <span key={i}>{segment.text}</span>
        );
      })}
    </>
  );
}
