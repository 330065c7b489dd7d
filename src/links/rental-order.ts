import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import RentalModule from "../modules/rental"

// Read-only: the reservation holds the id of the order its return's charges became.
export default defineLink(
  { linkable: RentalModule.linkable.rentalReservation, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
