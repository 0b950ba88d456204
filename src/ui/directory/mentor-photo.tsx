import { Avatar } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { usePorts } from '../common/ports-context';

/** The mentor's photo when Microsoft 365 has one; their initials until then, or if not. */
export function MentorPhoto({ userId, name, size = 48 }: { userId: string; name: string; size?: 32 | 48 | 64 }) {
  const { directory } = usePorts();
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    directory.photoUrl(userId).then(
      (url) => live && setSrc(url),
      () => undefined, // no photo is not a failure worth a message: initials stand in
    );
    return () => {
      live = false;
    };
  }, [directory, userId]);
  return <Avatar name={name} image={src ? { src, alt: '' } : undefined} size={size} color="colorful" aria-hidden />;
}
