import { currentActor } from '../../audit/actor-context';

/**
 * Who is acting, for the timeline's `by`: the signed-in user's id from the request context
 * (identity/audit), 'anonymous' in a request without a session, 'system' outside a request.
 * Never a name: events are logged and shown.
 */
export function currentActorId(): string {
  const actor = currentActor();
  return actor?.user?.id ?? (actor ? 'anonymous' : 'system');
}
