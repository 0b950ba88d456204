// The one-page guide: linked from an empty state, axe-clean in each Teams theme and at 320 px, and
// printed it fits one page (A4 and US Letter).
import path from 'node:path';
import { SCREENS_DIR, checkScreen, type Theme } from './screens';
import { startWorkbenchRun, type WorkbenchRun } from './workbench-run';

jest.setTimeout(120_000);

let run: WorkbenchRun;
beforeAll(async () => {
  run = await startWorkbenchRun('guide');
});
afterAll(() => run?.close());
afterEach(() => expect(run.browser.errors).toEqual([]));

/** Pages in a PDF: its page objects (not the /Pages tree). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('the guide', () => {
  it('is axe-clean in each theme and at 320 px', async () => {
    const { page, url } = run;
    await page.goto(new URL('guide.html', url).href);
    await page.waitForSelector('[data-testid="guide"]');
    // Shown in a frame, as the workbench shows surfaces, so the theme and width checks apply alike.
    await page.setContent('<style>#guide-frame{width:960px;height:900px;border:0}</style><main><iframe id="guide-frame" title="How micro-mentoring works here"></iframe></main>');
    const switchTheme = async (theme: Theme) => {
      await page.locator('#guide-frame').evaluate((frame: HTMLIFrameElement, src) => (frame.src = src), new URL(`guide.html?theme=${theme}`, url).href);
      await page.frameLocator('#guide-frame').locator(`[data-theme="${theme}"] [data-testid="guide"]`).waitFor();
    };
    await checkScreen(page, '#guide-frame', 'guide', { switchTheme });
  });

  it('prints on one page, without its print button', async () => {
    const { page, url } = run;
    await page.goto(new URL('guide.html', url).href);
    await page.waitForSelector('[data-testid="guide"]');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print this guide' }).isVisible()).resolves.toBe(false);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' }, path: path.join(SCREENS_DIR, `guide-${format}.pdf`) });
      expect(pageCount(pdf)).toBe(1);
    }
    await page.emulateMedia({ media: 'screen' });
  });

  it('opens from an empty state of the tab', async () => {
    const { page, url } = run;
    await page.goto(new URL('?persona=mentee&surface=tab', url).href);
    const tab = page.frameLocator('#surface-tab');
    await tab.getByTestId('directory-search').fill('underwater basket weaving');
    const link = tab.getByTestId('empty-state').getByTestId('guide-link');
    await link.waitFor();
    const [guide] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await guide.waitForSelector('[data-testid="guide"]');
    expect(new URL(guide.url()).pathname).toBe('/guide.html');
    await guide.close();
  });
});
