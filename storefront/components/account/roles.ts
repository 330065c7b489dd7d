/**
 * Roles in the order an admin picks them, most used first. Kept apart from lib/data (server-only) so
 * the invite form, a client component, can import it.
 */
export const MEMBER_ROLE_OPTIONS = ["viewer", "requester", "approver", "admin"] as const
