import { model } from "@medusajs/framework/utils"
import { Equipment } from "./equipment"

export const EQUIPMENT_FILE_KINDS = ["photo", "document"] as const
export type EquipmentFileKind = (typeof EQUIPMENT_FILE_KINDS)[number]

/**
 * A photo or document of a machine. The bytes live in Medusa's file module as a private file (`file_id`);
 * clients reach them only through the portal's route, which checks the owning account.
 */
export const EquipmentFile = model
  .define("fleet_equipment_file", {
    id: model.id({ prefix: "efile" }).primaryKey(),
    file_id: model.text(),
    kind: model.enum([...EQUIPMENT_FILE_KINDS]),
    name: model.text(),
    mime_type: model.text().nullable(),
    equipment: model.belongsTo(() => Equipment, { mappedBy: "files" }),
  })
  .indexes([{ on: ["equipment_id"] }])
