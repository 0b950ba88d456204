import type { Router } from '../router';

export function register(_router: Router): void {
  // routes for this area are added by their module's owner
}
