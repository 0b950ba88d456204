// What the Graph gateway needs from sign-in: a fresh access token on demand.
export interface TokenSource {
  getToken(): Promise<string>;
}
