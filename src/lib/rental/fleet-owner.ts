/**
 * Rental units are the business's own machines, kept as fleet equipment so that meters and maintenance log
 * are the fleet's. Fleet equipment belongs to an account and a site: the business's units carry these
 * values, which no client account or site has (client ids are generated with a prefix), so no client list
 * ever shows them through the fleet's own filters.
 */
export const RENTAL_FLEET_ACCOUNT_ID = "rental_fleet"
export const RENTAL_FLEET_SITE_ID = "rental_yard"
