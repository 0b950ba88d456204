import { ServerClock } from './graph-client';

const at = (iso: string) => Date.parse(iso);

describe('ServerClock', () => {
  it('is the device clock until Microsoft 365 has answered', () => {
    const clock = new ServerClock(() => 5_000);
    expect(clock.offsetMs()).toBe(0);
    expect(clock.now()).toBe(5_000);
    clock.observe(null, 0, 10);
    clock.observe('not a date', 0, 10);
    expect(clock.offsetMs()).toBe(0);
  });

  it('narrows the offset from whole-second Date headers to well under a second', () => {
    // This device is 90.3 s behind the server; answers take 40 ms.
    const skew = 90_300;
    const clock = new ServerClock();
    for (let sent = at('2030-01-08T10:00:00.000Z'); sent < at('2030-01-08T10:00:05.000Z'); sent += 130) {
      const serverAtAnswer = sent + 20 + skew;
      clock.observe(new Date(Math.floor(serverAtAnswer / 1000) * 1000).toUTCString(), sent, sent + 40);
    }
    expect(Math.abs(clock.offsetMs() - skew)).toBeLessThanOrEqual(40);
  });

  it('starts again when the device clock jumps', () => {
    const clock = new ServerClock();
    clock.observe('Tue, 08 Jan 2030 10:00:00 GMT', at('2030-01-08T10:00:00.000Z'), at('2030-01-08T10:00:00.010Z'));
    expect(Math.abs(clock.offsetMs())).toBeLessThan(1000);
    // The device clock was set an hour back.
    clock.observe('Tue, 08 Jan 2030 10:00:10 GMT', at('2030-01-08T09:00:10.000Z'), at('2030-01-08T09:00:10.010Z'));
    expect(Math.abs(clock.offsetMs() - 3_600_000)).toBeLessThan(1000);
  });
});
