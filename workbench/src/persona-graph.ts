// The workbench calls the Graph emulator as the signed-in persona, as Outlook and Teams do on their
// behalf: a development token from /_emulator/token, then plain Graph requests on the same origin.
import type { Persona } from './personas';

export class PersonaGraph {
  private token: Promise<string> | undefined;

  constructor(
    private readonly origin: string,
    private readonly persona: Pick<Persona, 'id'>,
  ) {}

  /** One Graph request; a failure throws with Graph's own message, so the workbench can show it. */
  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const token = await (this.token ??= this.signIn());
    const res = await fetch(`${this.origin}/v1.0${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) {
      const graphMessage = (() => {
        try {
          return (JSON.parse(text) as { error?: { message?: string } }).error?.message;
        } catch {
          return undefined;
        }
      })();
      throw new Error(`Graph answered ${res.status}${graphMessage ? `: ${graphMessage}` : ''}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private async signIn(): Promise<string> {
    const res = await fetch(`${this.origin}/_emulator/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: this.persona.id }) });
    if (!res.ok) {
      this.token = undefined;
      throw new Error(`sign-in answered ${res.status}`);
    }
    return ((await res.json()) as { access_token: string }).access_token;
  }
}
