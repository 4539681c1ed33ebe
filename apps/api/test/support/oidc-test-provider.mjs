// A real OpenID Connect provider (oidc-provider) for the OIDC sign-in test, run by
// oidc-provider.ts in a child process (the package is ES modules only and wants its own
// process). It listens on 127.0.0.1, on a port of its own choosing, and prints one JSON line:
// {"issuer": "http://127.0.0.1:<port>"}.
// Its development login form accepts any account id: the test signs in as the accounts in
// OIDC_TEST_ACCOUNTS ({"<sub>": {"email", "name", "groups": [...]}}).
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const accounts = JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '{}');
let handler = (_req, res) => res.writeHead(503).end();
const server = createServer((req, res) => handler(req, res));

server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: process.env.OIDC_TEST_CLIENT_ID,
        client_secret: process.env.OIDC_TEST_CLIENT_SECRET,
        redirect_uris: [process.env.OIDC_TEST_REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    scopes: ['openid', 'email', 'profile', 'groups'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, ...(accounts[id] ?? {}) }) }),
    pkce: { required: () => true },
    cookies: { keys: ['oidc-test-provider-cookie-key'] },
    features: { devInteractions: { enabled: true } },
  });
  handler = provider.callback();
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
