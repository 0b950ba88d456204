import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  frame: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    height: '640px',
    width: '100%',
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface HostSimulator {
  dispose(): void;
  pushTheme(theme: string): void;
}

export interface SurfaceFrameProps {
  id: string;
  label: string;
  src: string;
  theme: string;
  /** Sizes the pane in the workbench's layout. */
  className?: string;
  attach: (iframe: HTMLIFrameElement) => HostSimulator;
}

/** One surface in an iframe, with the host simulator that answers it. */
export function SurfaceFrame({ id, label, src, theme, className, attach }: SurfaceFrameProps) {
  const styles = useStyles();
  const iframeRef = useRef<HTMLIFrameElement>(null);
  const simulatorRef = useRef<HostSimulator | null>(null);

  useEffect(() => {
    const iframe = iframeRef.current;
    if (!iframe) return undefined;
    const simulator = attach(iframe);
    simulatorRef.current = simulator;
    // Load only once the simulator listens, so the surface's first message is never missed.
    iframe.src = src;
    return () => {
      simulator.dispose();
      simulatorRef.current = null;
    };
  }, [attach, src]);

  // The first theme goes out in the context; only later switches are pushed as events.
  const sentTheme = useRef(theme);
  useEffect(() => {
    if (sentTheme.current === theme) return;
    sentTheme.current = theme;
    simulatorRef.current?.pushTheme(theme);
  }, [theme]);

  return (
    <section className={mergeClasses(styles.pane, className)} aria-label={label}>
      <Text weight="semibold">{label}</Text>
      <iframe ref={iframeRef} id={id} title={label} className={styles.frame} />
    </section>
  );
}
