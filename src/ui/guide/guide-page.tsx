// The one-page guide, on screen in the host's theme and on paper on one page: the print styles drop
// the button, tighten the type and lay the sections out in two columns.
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { GUIDE_INTRO, GUIDE_SECTIONS, GUIDE_TITLE } from '../../domain/guide-content';

const useStyles = makeStyles({
  root: {
    maxWidth: '60rem',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXL,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '@media print': { padding: 0, gap: '4pt', fontSize: '9pt', lineHeight: '1.3' },
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  print: { '@media print': { display: 'none' } },
  sections: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
    gap: tokens.spacingHorizontalXL,
    '@media print': { gridTemplateColumns: '1fr 1fr', gap: '8pt 16pt' },
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, breakInside: 'avoid', minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // The boxes are the markers: ticked by hand on paper.
  checklist: { listStyleType: 'none', paddingLeft: 0 },
  h1: { '@media print': { fontSize: '16pt', lineHeight: '1.2' } },
  h2: { '@media print': { fontSize: '11pt', lineHeight: '1.2' } },
  small: { '@media print': { fontSize: '9pt', lineHeight: '1.3' } },
});

export function GuidePage({ onPrint }: { onPrint?: () => void }) {
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid="guide">
      <div className={styles.head}>
        <Text as="h1" size={700} weight="semibold" className={styles.h1}>
          {GUIDE_TITLE}
        </Text>
        {onPrint ? (
          <Button className={styles.print} onClick={onPrint}>
            Print this guide
          </Button>
        ) : null}
      </div>
      <Text as="p" size={400} className={styles.small}>
        {GUIDE_INTRO}
      </Text>
      <div className={styles.sections}>
        {GUIDE_SECTIONS.map((section) => (
          <section key={section.id} className={styles.section} aria-labelledby={`guide-${section.id}`}>
            <Text as="h2" id={`guide-${section.id}`} size={500} weight="semibold" className={styles.h2}>
              {section.title}
            </Text>
            <ul className={styles.list}>
              {section.points.map((point) => (
                <li key={point.lead}>
                  <Text className={styles.small}>
                    <strong>{point.lead}.</strong> {point.text}
                  </Text>
                </li>
              ))}
            </ul>
            {section.checklist ? (
              <>
                <Text as="h3" weight="semibold" className={styles.small}>
                  {section.checklist.title}
                </Text>
                <ul className={mergeClasses(styles.list, styles.checklist)}>
                  {section.checklist.items.map((item) => (
                    <li key={item}>
                      <Text className={styles.small}>☐ {item}</Text>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ))}
      </div>
    </main>
  );
}
