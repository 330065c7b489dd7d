import { SectionPage, sectionMetadata } from "@/components/portal/section-page"

export const generateMetadata = sectionMetadata("orders")

export default function OrdersPage() {
  return <SectionPage section="orders" />
}
