import { withoutOfficeJs } from './server';

describe('withoutOfficeJs', () => {
  it("drops Microsoft's Office.js script tag and keeps the rest of the page", () => {
    const page = '<head><title>x</title><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="/outlook.js"></script></head>';
    expect(withoutOfficeJs(page)).toBe('<head><title>x</title><script defer src="/outlook.js"></script></head>');
  });
});
