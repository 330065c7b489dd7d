import { model } from "@medusajs/framework/utils"
import { ClientAccount } from "./client-account"

/** A place of a client account: a store, a plant, a supply point. Equipment and interventions belong to one. */
export const Site = model
  .define("client_site", {
    id: model.id({ prefix: "csite" }).primaryKey(),
    name: model.text().searchable(),
    address_1: model.text().nullable(),
    address_2: model.text().nullable(),
    postal_code: model.text().nullable(),
    city: model.text().nullable(),
    country_code: model.text().nullable(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    contact_name: model.text().nullable(),
    contact_phone: model.text().nullable(),
    contact_email: model.text().nullable(),
    notes: model.text().nullable(),
    account: model.belongsTo(() => ClientAccount, { mappedBy: "sites" }),
  })
  .indexes([{ on: ["account_id"] }])
