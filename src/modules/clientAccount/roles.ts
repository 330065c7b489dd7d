/** A member's roles, widest first; a plain file so that models and routes import it without cycles. */
export const MEMBER_ROLES = ["admin", "approver", "requester", "viewer"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]
