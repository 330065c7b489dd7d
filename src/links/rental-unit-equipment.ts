import { defineLink } from "@medusajs/framework/utils"
import FleetModule from "../modules/fleet"
import RentalModule from "../modules/rental"

// Read-only: a rental unit holds the id of the fleet equipment it is (serial number, meters, maintenance log).
export default defineLink(
  { linkable: RentalModule.linkable.rentalUnit, field: "equipment_id" },
  FleetModule.linkable.fleetEquipment,
  { readOnly: true }
)
