// The build's environment, replaced by webpack's DefinePlugin at build time (see webpack.config.js).
import type { AuthEnvironment } from '../auth/auth-config';

export const BUILD_ENV: AuthEnvironment = {
  MICROMENTOR_CLIENT_ID: process.env.MICROMENTOR_CLIENT_ID,
  MICROMENTOR_TENANT_ID: process.env.MICROMENTOR_TENANT_ID,
  MICROMENTOR_GRAPH_BASE_URL: process.env.MICROMENTOR_GRAPH_BASE_URL,
};
