import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import RentalModule from "../modules/rental"

// Read-only: a rental model holds the id of the catalogue variant it is, so Query joins the variant
// (`rental_model.product_variant.*`: title, product, thumbnail) without a link table.
export default defineLink(
  { linkable: RentalModule.linkable.rentalModel, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
